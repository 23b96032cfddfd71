// The project's import boundaries as one lint rule, configured per folder in eslint.config.js.
//
// `boundaries/imports` checks every import of a file — `import`, `export … from`, and `import()` with a
// plain string — against where the file is allowed to reach:
//   folders   relative imports must land inside one of these folders (paths from the project root,
//             ending in "/"), e.g. ["src/domain/"];
//   ownFolderUnder  also allows the file's own top-level folder under this one ("src/ui/" lets
//             src/ui/canvas/Canvas.tsx import anything in src/ui/canvas/);
//   packages  "any", or the packages (and exact entry points, e.g. "zustand/vanilla") a bare import may
//             name; an entry ending in ":" allows a prefix ("node:").
import { dirname, relative, resolve, sep } from 'node:path';

const toPosix = (path) => path.split(sep).join('/');

/** The package a bare specifier names: 'zustand/vanilla' → 'zustand', '@xyflow/react/dist/x' → '@xyflow/react'. */
const packageOf = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

const imports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay within the folders and packages a folder may use.' },
    schema: [
      {
        type: 'object',
        properties: {
          folders: { type: 'array', items: { type: 'string' } },
          ownFolderUnder: { type: 'string' },
          packages: { anyOf: [{ enum: ['any'] }, { type: 'array', items: { type: 'string' } }] },
          message: { type: 'string' },
        },
        required: ['folders', 'message'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: '{{message}} ({{target}} is outside {{allowed}})',
      package: '{{message}} ({{specifier}} is not one of {{allowed}})',
    },
  },
  create(context) {
    const { folders, ownFolderUnder, packages = 'any', message } = context.options[0];
    const root = context.cwd;
    const file = toPosix(relative(root, context.filename));
    const allowed = [...folders];
    if (ownFolderUnder && file.startsWith(ownFolderUnder)) {
      const parts = file.slice(ownFolderUnder.length).split('/');
      if (parts.length > 1) allowed.push(`${ownFolderUnder}${parts[0]}/`);
    }
    const packageAllowed = (specifier) =>
      packages === 'any' ||
      packages.some((p) =>
        p.endsWith(':') ? specifier.startsWith(p) : specifier === p || packageOf(specifier) === p,
      );

    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = toPosix(relative(root, resolve(dirname(context.filename), specifier)));
        if (!allowed.some((folder) => `${target}/`.startsWith(folder)))
          context.report({ node, messageId: 'folder', data: { message, target, allowed: allowed.join(', ') } });
      } else if (!packageAllowed(specifier)) {
        context.report({
          node,
          messageId: 'package',
          data: { message, specifier, allowed: packages === 'any' ? 'any' : packages.join(', ') },
        });
      }
    };
    const fromSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
    };
  },
};

export default { rules: { imports } };
