// Lint exists for one guarantee first: no regex in src/ can backtrack super-linearly on what a
// portal serves (issue 5, "Hostile input"). eslint-plugin-regexp checks each pattern; its
// recommended set adds cheap correctness checks (dead alternatives, contradictions, bad escapes).
// Left out on purpose: rules that only restyle a pattern (`(?:a|b)` → `[ab]`, `[\p{L}]` → `\p{L}`),
// which would churn every module for no safety gain, and type-aware rules, which need a full
// program build and would take lint from seconds to tens of seconds.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const cosmeticRules = Object.entries(regexp.rules)
  .filter(([id, rule]) => rule.meta.docs.category === 'Stylistic Issues' || id === 'no-useless-character-class')
  .map(([id]) => [`regexp/${id}`, 'off']);

export default [
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      ...Object.fromEntries(cosmeticRules),
      // The guarantee: linear time on any input. Each is an error, never a warning.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      // Linear code around the regexes too (issue 15): spreading a list into push() overflows the
      // stack past ~100,000 items, and copying a list to add one item makes a loop quadratic.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='push'] > SpreadElement", message: 'push(...list) overflows the stack on a long list: push in a loop.' },
        { selector: "CallExpression[callee.property.name='set'] > ArrayExpression > SpreadElement > LogicalExpression > CallExpression[callee.property.name='get']", message: 'map.set(k, [...(map.get(k) ?? []), x]) copies the list per item: push onto it.' },
      ],
    },
  },
];
