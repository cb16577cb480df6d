import { registerEnumType } from 'type-graphql';

/** What a resident asks for; the type sets the deadline in working days (docs/rules.md rule 13). */
export enum MatterType {
  CONSULTATION = 'CONSULTATION',
  COMPLAINT = 'COMPLAINT',
  REQUEST_FOR_HELP = 'REQUEST_FOR_HELP',
  COMPLEX = 'COMPLEX',
}
registerEnumType(MatterType, {
  name: 'MatterType',
  description:
    "What a resident asks for; the type sets the deadline in working days on China's official calendar (docs/rules.md rule 13).",
  valuesConfig: {
    CONSULTATION: { description: '咨询: answered within 1 working day.' },
    COMPLAINT: { description: '投诉: resolved within 5 working days.' },
    REQUEST_FOR_HELP: { description: '求助: resolved within 5 working days.' },
    COMPLEX: {
      description: '复杂诉求: 5 working days, 15 once an extension is approved (the only type that may be extended).',
    },
  },
});

/** How a matter reached the 街道. */
export enum MatterChannel {
  COUNTER = 'COUNTER',
  PHONE = 'PHONE',
  HOTLINE_12345 = 'HOTLINE_12345',
  ONLINE = 'ONLINE',
  REPRESENTATIVE = 'REPRESENTATIVE',
  PETITION_AGENT = 'PETITION_AGENT',
  CONVENTION_BREACH = 'CONVENTION_BREACH',
}
registerEnumType(MatterChannel, {
  name: 'MatterChannel',
  description: 'How a matter reached the 街道.',
  valuesConfig: {
    COUNTER: { description: '窗口: at a service counter.' },
    PHONE: { description: '电话: by telephone to the 街道.' },
    HOTLINE_12345: {
      description: "12345 市民服务热线: the city hotline (also matters upserted by the district hotline's system).",
    },
    ONLINE: { description: '网上: online (also Open311 clients).' },
    REPRESENTATIVE: { description: '居民代表: brought by a resident representative.' },
    PETITION_AGENT: { description: '信访代理: through a petition agent.' },
    CONVENTION_BREACH: {
      description:
        '居民公约: escalated from a breach of a building convention that damaged public property (docs/rules.md rule 14).',
    },
  },
});

/** Where a matter stands. */
export enum MatterStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  RECTIFYING = 'RECTIFYING',
}
registerEnumType(MatterStatus, {
  name: 'MatterStatus',
  description: 'Where a matter stands (docs/rules.md rule 13).',
  valuesConfig: {
    RECEIVED: { description: '已受理: owned, not yet answered.' },
    IN_PROGRESS: { description: '办理中: the owner has responded and is handling it.' },
    ESCALATED: {
      description:
        "推诿升级: transferred back to an office that had passed it on; the 街道's PARTY_GOVERNMENT office must decide the owner (decideMatterOwner).",
    },
    RESOLVED: { description: '已办结: resolved; the resident may rate it once.' },
    RECTIFYING: {
      description: '整改中: the resident was dissatisfied; the owner must resolve it again by rectificationDueAt.',
    },
  },
});

/** Statuses in which the owner still has work to do before the due time. */
export const OPEN_STATUSES: readonly MatterStatus[] = [
  MatterStatus.RECEIVED,
  MatterStatus.IN_PROGRESS,
  MatterStatus.ESCALATED,
];

/** What happened to a matter, one entry of its timeline. */
export enum MatterEventKind {
  RECEIVED = 'RECEIVED',
  RESPONDED = 'RESPONDED',
  TRANSFERRED = 'TRANSFERRED',
  ESCALATED = 'ESCALATED',
  OWNER_DECIDED = 'OWNER_DECIDED',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_DECIDED = 'EXTENSION_DECIDED',
  RESOLVED = 'RESOLVED',
  RATED = 'RATED',
  RECTIFICATION_OPENED = 'RECTIFICATION_OPENED',
  APPEALED = 'APPEALED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
  OVERDUE = 'OVERDUE',
  UPDATED = 'UPDATED',
}
registerEnumType(MatterEventKind, {
  name: 'MatterEventKind',
  description: 'What happened to a matter: one entry of its append-only timeline.',
  valuesConfig: {
    RECEIVED: { description: 'Received by its first receiver, who owns it (首接负责).' },
    RESPONDED: { description: 'The owner answered the resident.' },
    TRANSFERRED: {
      description:
        'Passed to another office or agency naming the duty that covers it, with a reason; the passing owner is charged the working days it held the matter.',
    },
    ESCALATED: {
      description:
        "Transferred back to an office that had passed it on (run-around): now held by the 街道's PARTY_GOVERNMENT office.",
    },
    OWNER_DECIDED: { description: 'The PARTY_GOVERNMENT office decided the owner of an escalated matter.' },
    EXTENSION_REQUESTED: { description: 'The owner asked for the 15-working-day deadline of a COMPLEX matter.' },
    EXTENSION_DECIDED: { description: 'The extension was approved or refused.' },
    RESOLVED: { description: 'The owner resolved the matter (or its rectification).' },
    RATED: { description: 'The resident rated the handling.' },
    RECTIFICATION_OPENED: { description: 'A dissatisfied rating opened a rectification with its own deadline.' },
    APPEALED: { description: 'The owner appealed the rectification (once).' },
    APPEAL_DECIDED: {
      description:
        'An ADMIN or ASSESSOR upheld or rejected the appeal; an upheld appeal leaves the rating out of the satisfaction rate.',
    },
    OVERDUE: { description: 'The background job found the matter past its due time unresolved.' },
    UPDATED: { description: 'The district hotline changed the title, description or place (upsertMatters).' },
  },
});

/** Where an extension request of a COMPLEX matter stands. */
export enum ExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(ExtensionStatus, {
  name: 'MatterExtensionStatus',
  description: 'Where the one extension request of a COMPLEX matter stands.',
  valuesConfig: {
    PENDING: { description: "Waiting for the 街道's PARTY_GOVERNMENT office (decideMatterExtension)." },
    APPROVED: { description: 'Approved: the matter is due at the end of the 15th working day after receipt.' },
    REFUSED: { description: 'Refused: the 5-working-day deadline stands; no second request.' },
  },
});

/** Where the one appeal against a rectification stands. */
export enum AppealStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}
registerEnumType(AppealStatus, {
  name: 'RectificationAppealStatus',
  description: "Where the owner's one appeal against a rectification stands.",
  valuesConfig: {
    PENDING: {
      description: "Waiting for an ADMIN or ASSESSOR who is not the owner's staff (decideRectificationAppeal).",
    },
    UPHELD: { description: 'Upheld: the rating no longer counts in the satisfaction rate and the rectification ends.' },
    REJECTED: { description: 'Rejected: the rectification stands.' },
  },
});

/** What a matter ranking ranks. */
export enum MatterRankingLevel {
  UNIT = 'UNIT',
  SUBDISTRICT = 'SUBDISTRICT',
}
registerEnumType(MatterRankingLevel, {
  name: 'MatterRankingLevel',
  description: 'What a monthly matter ranking (三率) ranks.',
  valuesConfig: {
    UNIT: { description: 'Each office and stationed agency, ranked within its 街道.' },
    SUBDISTRICT: { description: 'Each 街道 of the district, ranked within the district.' },
  },
});
