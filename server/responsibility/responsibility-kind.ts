import { registerEnumType } from 'type-graphql';

/** The two kinds of line on an official's yearly responsibility list (责任清单, docs/rules.md rule 8). */
export enum ResponsibilityKind {
  DUTY = 'DUTY',
  RED_LINE = 'RED_LINE',
}
registerEnumType(ResponsibilityKind, {
  name: 'ResponsibilityKind',
  description: "Kind of a line on an official's yearly responsibility list (责任清单, docs/rules.md rule 8).",
  valuesConfig: {
    DUTY: { description: '该做的: something the official must do; the self-report says whether it was fulfilled.' },
    RED_LINE: {
      description:
        '不该做的 / 刚性底线: something the official must never do; the self-report says whether it was kept.',
    },
  },
});
