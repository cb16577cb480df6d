/**
 * The error reasons of the attachment module (server/core/reasons.ts): key `attachment.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const attachmentReasons = defineReasons('attachment', {
  fileEmpty: '{field}: the file is empty',
  fileMissing: '{field}: send the file as the multipart/form-data field "file"',
  fileTooLarge: '{field}: at most {max} bytes (10 MB)',
  fileType: '{field}: its content is {detected}; only JPEG, PNG, WebP and PDF files are accepted',
  fileUnreadable: '{field}: the upload could not be read ({problem})',
  unknownOwner: '{field}: one of hearing, mediation, convention, petition',
});
