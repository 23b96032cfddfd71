import { leftOutWords, type LeftOut } from '../../domain/deals/newestDeals';

/** The mapping step's word on an export with more deals than a map holds: which are kept, which not. */
export function DealsLeftOut({ leftOut, dateColumn }: { leftOut: LeftOut; dateColumn: boolean }) {
  return <p className="deal-import__left-out">{leftOutWords(leftOut, dateColumn)}</p>;
}
