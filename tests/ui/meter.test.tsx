// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Meter } from '../../src/ui/shared/controls/Meter';
import { meterBackground } from '../../src/ui/shared/controls/meterBackground';

describe('meter', () => {
  it('draws every cell in the kind’s colour and hollows out the empty ones, as layers of one element', () => {
    const style = meterBackground(1, 4);
    const layers = String(style.backgroundImage).split('linear-gradient(').length - 1;
    expect(layers).toBe(3 + 4);
    expect(style.width).toBe('65px');
    // The hollow insides come first (on top) and sit 2 px inside cells 2, 3 and 4.
    expect(String(style.backgroundPosition).split(', ').slice(0, 3)).toEqual([
      '19px 2px',
      '36px 2px',
      '53px 2px',
    ]);
    expect(meterBackground(3, 3).backgroundImage).not.toContain('--kind-bg');
    expect(meterBackground(0, 0).width).toBe('0px');
  });

  it('says its value to a screen reader', () => {
    render(<Meter filled={2} segments={3} label="status demonstrated" />);
    expect(screen.getByRole('img', { name: 'status demonstrated' })).toBeTruthy();
  });
});
