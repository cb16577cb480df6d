/**
 * The sentence of each error reason the server sends (`extensions.reason`, server/core/core-reasons.ts),
 * in English, keyed `pingyi.errors.<reason>`, with the reason's `extensions.params` as %{name}
 * (`%{field}` is the form's label of the field). test/unit/error-reasons.test.ts fails when a
 * reason of the server has no sentence here, or a sentence no reason.
 */
export const enErrors = {
  pingyi: {
    errors: {
      TOO_MANY_ATTEMPTS: 'Too many attempts; try again in %{seconds} s',
      access: {
        adminOrServiceToken: 'Only an ADMIN or a service token with %{scope} may %{what}',
        forbidden: 'You may not do this',
        outsideScope: 'You may not %{what}: it is outside your scope',
        roleMayNot: 'Role %{role} may not %{what}',
        serviceTokenMayNot: 'A service token may not %{what}',
        serviceTokenScope: 'This service token lacks the scope %{scope} needed to %{what}',
      },
      auth: {
        signInFirst: 'Sign in first: send Authorization: Bearer <token> from the login mutation',
      },
      batch: {
        externalIdRepeated: '%{field}: repeats the externalId of row %{first}; each externalId may appear once a call',
        rowsInvalid:
          '%{field}: %{rowsAtFault} of %{length} rows are invalid (see the errors of each row); nothing was written',
        tooManyRows: '%{field}: at most %{max} rows a call; split the batch',
      },
      codes: {
        listOrAllUnused: '%{field}: list the codes to void, or set allUnused',
      },
      conflict: {
        exists: 'A record with these values already exists',
        reference: 'A referenced record does not exist or is still in use',
        unique: '%{field}: this value is already taken; it must be unique',
      },
      generic: {
        badInput: 'The input is not valid; check it and try again',
        conflict: 'This conflicts with existing data; reload and try again',
        forbidden: 'You may not do this',
        missing: 'The record does not exist or was deleted',
        unauthenticated: 'Sign in first',
      },
      input: {
        malformed: 'A value is out of range or malformed',
      },
      internal: 'Internal server error; try again later (request id %{requestId})',
      node: {
        noSuchId: '%{field}: no %{typeName} has id %{value}',
      },
      notFound: 'The %{typeName} does not exist or was deleted',
      pagination: {
        afterOrOffset: 'Give either after or offset, not both',
        badCursor:
          "%{field}: not a cursor returned by this API; pass an edge's cursor or a pageInfo cursor of the same query",
        cursorOtherList:
          '%{field}: this cursor belongs to another list, filter or sort order; page with the cursors of the same query, or start again without %{field2}',
        firstOrLast: 'Give either first or last, not both',
        offsetForward: 'offset pages forward only: not with last or before',
        offsetNegative: 'offset must be 0 or more',
        orderByField: 'orderBy cannot sort by %{value}',
        pageSize: '%{field} must be between 0 and %{max}',
      },
      request: {
        badBody: 'The request is malformed; reload the page and try again',
        noSuchAddress: 'No such address: %{path}',
        bodyTooLarge: 'What was sent is too large (at most %{max}); send it in parts',
        invalid: 'The request is not valid; reload the page and try again',
        shaMismatch: 'The request is not valid; reload the page and try again',
        tooComplex: 'This query asks for too much at once: show fewer columns or fewer rows a page',
      },
      serviceUnavailable: 'The database is unavailable; try again in %{seconds} seconds',
      validation: {
        arrayMaxSize: '%{field}: at most %{max} items',
        arrayMinSize: '%{field}: at least %{min} items',
        arrayNotEmpty: '%{field}: give at least one',
        containsTooLong: '%{field}: at most %{max} characters',
        failed: 'The input is not valid; check it and try again',
        invalid: '%{field}: not valid',
        isInt: '%{field}: must be a whole number',
        isUuid: '%{field}: not a valid id',
        matches: '%{field}: not in the expected format',
        max: '%{field}: must be at most %{max}',
        maxLength: '%{field}: at most %{max} characters',
        min: '%{field}: must be at least %{min}',
        minLength: '%{field}: at least %{min} characters',
        noHiddenCharacters:
          '%{field}: contains a character that shows nothing (a zero-width space or a direction mark): delete it and type again',
        saysSomething: '%{field}: must not be only spaces or invisible characters',
        rowsInvalid: 'One row is invalid; nothing was written',
        unstorable: '%{field}: contains a character that cannot be stored',
        variables: "The request's data is malformed; reload the page and try again",
        yearOutOfRange: '%{field}: must be a year %{from}–%{to}',
        yearRange: '%{field}: give a year between 2000 and 2100',
      },
    },
  },
};
