/**
 * The error reasons of the official module (server/core/reasons.ts): key `official.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const officialReasons = defineReasons('official', {
  agencyHeadNeedsAgency: '{field}: an AGENCY_HEAD belongs to a stationed agency; give agencyId',
  agencyHeadNoOffice: '{field}: an AGENCY_HEAD belongs to an agency, not an office; leave officeId empty',
  agencyOutside: '{field}: {agency} is not in {given}; give an agency of {given2}',
  consentedHead:
    '{official} is the consented head of {agencyName}; the term ends only when a new head is consented (proposeHeadAppointment, decideHeadAppointment), so they cannot be deleted before then',
  needsOffice: '{field}: a {category} belongs to a subdistrict office; give officeId',
  neighborhoodOutside: '{field}: {neighborhood} is not in the subdistrict the official serves',
  neighborhoodWorkerOnly: '{field}: only a COMMUNITY_WORKER serves a neighborhood; leave it empty for a {category}',
  noAgency: '{field}: a {category} belongs to an office, not an agency; leave agencyId empty',
  officeOutside: '{field}: {office} is not in {given}; give an office of {given2}',
  placement: '{field}: {message}',
});
