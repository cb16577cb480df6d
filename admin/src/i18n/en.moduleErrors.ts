/**
 * The sentence of each error reason the server sends (`extensions.reason`, server/<module>/reasons.ts),
 * in English, keyed `pingyi.errors.<reason>`, with the reason's `extensions.params` as %{name}
 * (`%{field}` is the form's label of the field). test/unit/error-reasons.test.ts fails when a
 * reason of the server has no sentence here, or a sentence no reason.
 */
export const enModuleErrors = {
  pingyi: {
    errors: {
      CODE_IN_USE:
        'This ballot code is already in use in another browser: only that browser can vote with it or see its ballot. If you did not use it there, tell the chair.',
      CODE_VOTER: 'You were checked in as a code voter at this meeting: vote with your ballot code, not your account',
      CODE_WITH_ACCOUNT: 'Vote either signed in or with a ballot code, not both: sign out to use a code',
      INVALID_BALLOT_CODE: 'This ballot code is not valid: check it, or ask the chair',
      NOT_OWNER: "Only the staff of %{unitName} (or the 街道's own ADMINs) may %{what}",
      NOT_REGISTERED: 'Only representatives registered for this meeting may rate at it or read its ballots back',
      SELF_RATING: 'You may not rate yourself',
      accountability: {
        assessorOnly: 'Only an ASSESSOR or ADMIN may %{what}',
        caseAlreadyConcluded: 'The case is already CONCLUDED: its conclusion is final',
        caseConcluded: 'The case is CONCLUDED: it is final',
        conclusionRequired: '%{field}: a case is concluded only with a written conclusion that says something',
        notRedLine: "%{field}: not a RED_LINE line of this official's %{year} list",
      },
      assessment: {
        assessmentFinalized: 'This assessment is FINALIZED; it can no longer change',
        bandsOrder: '%{field}: the bands must be ordered: excellentFrom > goodFrom > mediocreFrom',
        noScore:
          '%{field}: this assessment has no score and cannot be %{what}: %{why}. Record the missing data (recordThirdPartyEvaluation, or assessOfficial with selfReportMark) and assess again',
        otherDistrict: "You may not %{what}: you may read only your own district's",
        overrideReasonRequired: '%{field}: an override needs a written reason that says something',
        panelWeights: '%{field}: give each of the four panels once, with weights summing to 100',
        partWeightsSum: '%{field}: the three part weights sum to %{parts}; they must sum to 100',
        policyYearFinalized: 'Assessments of %{year} are already finalised; the policy can no longer change',
        roleMayNotRead:
          'Role %{role} may not %{what}: annual assessments are read by ADMIN, ASSESSOR and the official assessed',
        sourcesFinalized: 'The %{year} assessment of this official is FINALIZED; its sources can no longer change',
        yearNotBegun:
          '%{field}: %{year} has not begun (the current year in Shanghai is %{current}); %{what} only a year that has',
      },
      attachment: {
        fileEmpty: '%{field}: the file is empty',
        fileMissing: '%{field}: choose a file to upload',
        fileTooLarge: '%{field}: at most 10 MB',
        fileType:
          '%{field}: only JPEG, PNG and WebP pictures and PDF files are accepted (judged by their content, not their name)',
        fileUnreadable: '%{field}: the upload could not be read; upload it again',
        unknownOwner: '%{field}: attachments belong to a hearing, a mediation, a convention or a petition',
      },
      audit: {
        entityTypeUnknown: 'entityType must be one of %{allowed}',
        readerRole: 'Only an ADMIN or ASSESSOR may read the audit log',
      },
      auth: {
        currentPasswordRequired: '%{field}: give your current password to change it',
        noSession: 'Sign in first: there is no session to end',
        oneLoginField: '%{field}: sign in with one login field per request',
        serviceTokenNoSession: 'A service token has no session; revoke it with revokeServiceToken',
        wrongCredentials: 'Wrong username or password',
        wrongPassword: '%{field}: the current password is wrong',
      },
      convention: {
        buildingHasConvention:
          '%{field}: this building already has a convention; its text changes by adding a version to it',
        buildingFixed: '%{field}: a convention binds its building for good',
        codeAnswered: '%{field}: %{value} has already answered; it cannot be voided',
        householdAnswered: '%{field}: this household code has already answered',
        householdAnsweredOnce: '%{field}: this household code has already answered; each household answers once',
        householdsBelowCodes:
          '%{field}: an OPEN convention version of this building has %{n} live household codes; void the unused ones before lowering the households below that',
        invalidCode: 'This household code is not valid: check it, or ask the residents’ committee',
        noVersionInEffect:
          '%{field}: no version of this convention is in effect (two thirds of the households have not approved one), so it cannot be breached',
        notACode: '%{field}: %{value} is not a code of this version',
        onlyOpenWithdrawn: 'Only an OPEN version can be withdrawn; this one is %{status}',
        tooManyCodes:
          '%{field}: the building has %{households} households and %{n} live codes for this version; at most %{remaining} more',
        versionClosed:
          '%{field}: the approval of this version has closed: the version is %{status}, so no household answers it any more',
        versionNotOpen: '%{field}: the version is %{status}, not OPEN',
        versionStillOpen: '%{field}: another version of this convention is still OPEN; withdraw it before adding one',
      },
      dispatchedAgency: {
        subdistrictOtherDistrict: '%{field}: %{subdistrict} is not in the district of %{department}',
      },
      district: {
        codePrefix: '%{field}: "%{childCode}" must start with the %{parentLabel}\'s code "%{parentCode}"',
        importedOnly: 'Districts come from the national division codes: import them with npm run import:divisions',
      },
      headAppointment: {
        alreadyDecided: 'This appointment was already %{status}; a decision is final',
        alreadyHead: '%{field}: %{official} is already the head of %{agency}',
        candidateMoved:
          '%{name} is no longer an AGENCY_HEAD of this agency (moved since the proposal); refuse this appointment and propose again',
        notAgencyHead:
          '%{field}: %{official} is not an AGENCY_HEAD official of %{agency}; add the candidate to the agency first',
        pendingProposal: '%{agency} already has a proposed head waiting for a decision',
        proposeDistrictOnly:
          'Agency heads are proposed by the district department: only an ADMIN of the whole district may propose; the subdistrict consents or refuses',
        reasonTooLong: '%{field}: must be at most %{max} characters',
        refusalReason: '%{field}: a refusal must say why',
        startsBeforePrevious:
          "The term would start on %{startsOn}, before the current head's term began (%{startsOn2})",
      },
      hearing: {
        endsBeforeStart: '%{field}: construction cannot end before it starts',
        heldAfterConstructionStarts:
          '%{field}: the hearing must be held before construction starts (%{constructionStartsOn}), not after (docs/rules.md rule 14)',
        nameBlank: '%{field}: a name must say something',
        notSupported:
          '%{field}: no hearing has supported this project (none held or decided, or NOT_SUPPORTED); hold one, or record the override decision with its reason (docs/rules.md rule 14)',
        outcomeBeforeHeld:
          '%{field}: the hearing is held on %{heldOn}; its outcome cannot be recorded before that day (today is %{today}, Asia/Shanghai)',
        outcomeRecorded: 'The outcome is already recorded (%{outcome})',
        projectAlreadyStarted: 'The project has already started',
        projectStarted: '%{field}: the project has already started',
      },
      inquiry: {
        chairOrAdmin: 'Only the chair of this meeting or an ADMIN may %{what}',
        meetingClosed: 'The meeting is CLOSED: its inquiries are final',
        noMeeting: '%{field}: no EvaluationMeeting has id %{value}',
        notUnderEvaluation: '%{field}: %{official} is not under evaluation at %{meeting}',
      },
      integration: {
        districtAdminOnly: 'Only an ADMIN of a whole district may %{what}',
        districtOutsideToken: 'This service token may not download results of %{district}: it is outside its district',
        expiresInFuture: '%{field}: must lie in the future',
        expiresWithinYear: '%{field}: a token lives at most one year',
        exportFormat: '%{field}: results come as .csv or .xlsx',
        exportYear: '%{field}: give ?year=YYYY, %{from}–%{to}',
        machineFormat: '%{field}: give ?format=machine for the machine columns, or leave it out',
        oneUpsertPerOperation:
          '%{field}: one upsertOfficials field per operation (aliases may not add rows past the 1,000-row limit); send several requests',
        rowsInvalid:
          '%{field}: %{rowsAtFault} of %{length} rows are invalid (see extensions.errors); nothing was written',
        tokenExpired: 'This service token expired on %{expiresAt}; a district ADMIN can create a new one',
        tokenMalformed:
          'This token is not valid: check that it was copied whole; a district ADMIN can create a new one',
        tokenRequired: 'Send Authorization: Bearer <token>: a service token or a sign-in token',
        tokenRevoked: 'This service token was revoked on %{revokedAt}; a district ADMIN can create a new one',
        tokenUnknown: 'This token is not valid: no such service token exists; a district ADMIN can create a new one',
        upsertRights: 'Only an ADMIN or a service token with officials:write may upsert officials',
      },
      matter: {
        jsonOnly: '%{field}: Pingyi answers in JSON only; use .json',
        addressOrLocation: '%{field}: give address_string, or lat and long',
        alreadyAppealed: '%{field}: this rectification was appealed already; the office may appeal once',
        alreadyOwner:
          '%{field}: %{target} owns this matter already; transfer it to the office or agency whose duty covers it',
        alreadyRated: '%{field}: this matter was rated already; a matter is rated once',
        apiKeyRequired: 'api_key: send a service token as api_key',
        apiKeyScope: 'api_key: this service token needs the scope %{scopes}',
        commentRequired: '%{field}: a %{satisfaction} rating needs a comment saying why',
        coordinate: '%{field}: must be a number of degrees from -%{limit} to %{limit2}, or absent',
        descriptionBlank: '%{field}: required; it is blank or only invisible characters',
        endDate: '%{field}: must be after start_date and at most 90 days from it',
        extensionRequested: '%{field}: an extension was already requested for this matter; a matter gets one',
        jurisdictionRequired: '%{field}: required; it is the 9-digit code of the 街道',
        maxChars: '%{field}: at most %{max} characters',
        monthRange: '%{field}: must be a month YYYY-MM between the years 2000 and 2100',
        noAppealWaiting: '%{field}: no appeal of this matter is waiting for a decision',
        noExtension:
          '%{field}: a %{type} matter allows no extension; only a COMPLEX matter may get %{EXTENDED_WORKING_DAYS} working days',
        noExtensionWaiting: '%{field}: no extension request of this matter is waiting for a decision',
        noTrackingCode: '%{field}: no matter has this tracking code; check it against the slip you were given',
        notADuty: '%{field}: "%{wanted}" is not a listed duty of %{target}; %{listed}',
        notResolved: '%{field}: this matter is %{status}; it can be rated once it is resolved',
        nothingToAppeal: '%{field}: this matter has no rectification to appeal; only a dissatisfied rating opens one',
        oneReceiver: '%{field}: a matter has one first receiver, an office or an agency',
        oneTarget:
          '%{field}: name exactly one target, an office (targetOfficeId) or a stationed agency (targetAgencyId)',
        otherSubdistrict:
          "%{field}: %{target} belongs to another 街道, and the matter's place does not lie there; a matter crosses to another 街道 only where its neighborhood lies",
        ownerMayNot: 'The staff of the owning office or agency may not %{what}',
        phone: '%{field}: must be a phone number',
        rankingOtherDistrict: 'You may not read the matter ranking of another district',
        rankingRole: 'Role %{role} may not read the matter ranking',
        rankingWeightsOtherDistrict: 'You may not read the ranking weights of another district',
        rankingWeightsSum: '%{field}: the three weights must sum to 100, not %{sum}',
        receivedAt: '%{field}: %{timeProblem}',
        receiverRequired: '%{field}: name the office or agency that receives the matter',
        residentMattersRole: "Role %{role} may not read residents' matters",
        rowOutsideScope: 'input[%{index}].externalId: this matter is outside your scope',
        rowProblem: '%{field}: %{message}',
        rowsInvalid: '%{message} (%{size} of %{length} rows are invalid; see extensions.errors; nothing was written)',
        serviceCode: '%{field}: one of %{allowed}',
        statusValue: '%{field}: open or closed',
        unknownNeighborhood: '%{field}: no neighborhood of this district has this id',
        unknownUnit: '%{field}: no office or agency has this id',
        unknownUnitNothingWritten: '%{field}: no office or agency of that 街道 has this id; nothing was written',
        unknownUnitOf: '%{field}: no office or agency of %{subdistrict} has this id',
        upsertRights: 'Only an ADMIN or a service token with matters:write may upsert matters',
        w3Date: '%{field}: must be a w3 date-time from the year 2000 to 2100, such as 2010-01-01T00:00:00Z',
        wrongStatus: '%{field}: this matter is %{status}; it can be %{what} only when %{statuses}',
      },
      mediation: {
        alreadyConcluded: 'The mediation is already CONCLUDED',
        alreadySubmitted: 'The record was already submitted (%{courtConfirmation})',
        concludedBeforeHeld:
          '%{field}: the mediation is held on %{heldOn}; it cannot be concluded before that day (today is %{today}, Asia/Shanghai)',
        familyCannotClear:
          "%{field}: the mediation is recorded as involving family, women or children; that cannot be cleared, so the women's director must attend (docs/rules.md rule 14)",
        lawBlank: '%{field}: a cited law must say something',
        mediationConcluded: 'The mediation is CONCLUDED: it is final',
        notADepartment: '%{field}: not a department of this district',
        notSubmitted: 'The record is %{courtConfirmation}, not SUBMITTED to the court',
        onlyConcludedSubmitted: 'Only a CONCLUDED mediation’s record can be submitted to the court',
        womenDirectorRequired:
          "%{field}: family, women or children are involved, so the mediation cannot be concluded without the women's director attending (docs/rules.md rule 14)",
      },
      meeting: {
        accountVoter: '%{field}: %{user} is on the roll as an account voter and may not also get a ballot code',
        alreadyCodeVoter: '%{field}: %{user} was checked in as a code voter already and votes with that code only',
        chairScope: '%{field}: the chair must be a CHAIR user whose scope covers the subdistrict',
        codeVoterOnly: '%{field}: %{name} was checked in as a code voter at this meeting and votes with the code only',
        nameBlank: '%{field}: name %{i} is blank',
        nameIsRepresentative:
          '%{field}: "%{representative}" is the name of a representative with an account: check them in by account (input.userIds), or add what tells two people of the same name apart',
        nameOnRoll: '%{field}: "%{taken}" is on the roll already; add what tells two people of the same name apart',
        nameTwice: '%{field}: "%{name}" is listed twice; add what tells the two apart',
        namesakeCodeVoter:
          '%{field}: someone named %{namesake} was checked in by name as a code voter at this meeting; if that is this representative, they vote with the code only',
        neighborhoodOtherSubdistrict: '%{field}: the neighborhood is in another subdistrict',
        noAccountUsesCode:
          '%{field}: a person without an account votes with a ballot code; check them in with mode CODE',
        noOfficials: 'Add at least one official under evaluation before opening the meeting',
        noneToCheckIn: '%{field}: name at least one person to check in',
        notRegistered:
          '%{field}: %{user} is not registered for this meeting; register them first, or check them in as a code voter',
        notRepresentative: "%{field}: %{id} is not a REPRESENTATIVE of this meeting's subdistrict",
        notServingOfficial: "%{field}: %{id} is not an official serving in this meeting's subdistrict",
        personTwice: '%{field}: a person is listed twice',
        registeredReaders: 'Only an ADMIN or the chair of this meeting may see who is registered',
        rollReaders: "Only the meeting's chair and the ADMINs over it read its attendance roll",
        scheduledAtRange: '%{field}: must be a date between the years 2000 and 2100',
        templateOtherDistrict: '%{field}: the template belongs to another district',
        userNotRepresentative: "%{field}: %{userId} is not a REPRESENTATIVE of this meeting's subdistrict",
        wrongStatus: 'The meeting is %{status}; only a %{allowed} meeting can %{verb}',
      },
      node: {
        tooManyIds: '%{field}: at most %{max} ids at a time',
      },
      office: {
        dutyTaken: '%{field}: "%{duty}" already belongs to %{owner}; each duty has one owning office',
        noSubdistrict: '%{field}: no Subdistrict has id %{value}',
        selfDesignatedName: '%{field}: a SELF_DESIGNATED office needs a name',
        standardKindTaken:
          '%{field}: %{subdistrict} already has its %{kind} office (%{twin}); a subdistrict has one office of each standard kind',
        standardOffice:
          '%{field}: %{office} is one of the six standard offices every subdistrict keeps (docs/rules.md rule 1); it cannot be deleted',
        tooManySelfDesignated:
          '%{field}: %{subdistrict} already has %{selfDesignated} self-designated work bodies; at most %{max} are allowed',
      },
      official: {
        agencyHeadNeedsAgency: '%{field}: an AGENCY_HEAD belongs to a stationed agency; give agencyId',
        agencyHeadNoOffice: '%{field}: an AGENCY_HEAD belongs to an agency, not an office; leave officeId empty',
        agencyOutside: '%{field}: %{agency} is not in %{given}; give an agency of %{given2}',
        consentedHead:
          '%{official} is the consented head of %{agencyName}; the term ends only when a new head is consented (proposeHeadAppointment, decideHeadAppointment), so they cannot be deleted before then',
        needsOffice: '%{field}: a %{category} belongs to a subdistrict office; give officeId',
        neighborhoodOutside: '%{field}: %{neighborhood} is not in the subdistrict the official serves',
        neighborhoodWorkerOnly:
          '%{field}: only a COMMUNITY_WORKER serves a neighborhood; leave it empty for a %{category}',
        noAgency: '%{field}: a %{category} belongs to an office, not an agency; leave agencyId empty',
        officeOutside: '%{field}: %{office} is not in %{given}; give an office of %{given2}',
        placement: '%{field}: %{message}',
      },
      petition: {
        agreementOnlyAgreed: '%{field}: only an agreed petition has an agreement',
        agreementRequired: '%{field}: concluding with an agreement needs the agreement reached',
        final: 'The petition is concluded or withdrawn: it can no longer change',
        matterOtherSubdistrict: '%{field}: the matter is of another 街道 than the petition',
        noTalks: 'No round of talks is recorded: record the talks before concluding',
        notADepartment: '%{field}: not a department of this district',
        participantUnnamed: '%{field}: a participant must be named',
        reasonRequired: '%{field}: concluding without agreement needs the reason',
        talkBeforeLast: '%{field}: must not be before the last round of talks (%{notBefore})',
        talkBeforeTakenUp: '%{field}: must not be before the day the petition was taken up (%{notBefore})',
        talkAfterToday: '%{field}: a round of talks cannot be dated after today (%{today}, Asia/Shanghai)',
        talkRepeated:
          'The last round of talks (%{round}) was already recorded with the same day, participants and summary',
        takenUpAfterTalks: '%{field}: the first round of talks was held on %{heldOn}, before %{takenUpOn}',
        tooManyTalks: 'The petition already has %{max} rounds of talks',
      },
      rating: {
        ballotsReadOpenOnly:
          'The meeting is %{status}; ballots are read back only while it is OPEN, and only by the session that cast them',
        codeUsed: '%{field}: %{value} has already been used to vote; a used code cannot be voided',
        commentRequired: '%{field}: a %{satisfaction} rating needs a comment saying why',
        criterionTwice: '%{field}: "%{key}" is scored twice',
        meetingClosedCodes: 'The meeting is CLOSED: its codes died with it',
        meetingClosedJustNow: 'The meeting closed just now; ratings are taken only while it is OPEN',
        meetingNotOpen: 'The meeting is %{status}; ratings are taken only while it is OPEN',
        missingCriteria: '%{field}: score every criterion; missing %{missing}',
        notABallotCode: '%{field}: %{value} is not a ballot code of this meeting',
        notACriterion: '%{field}: "%{key}" is not a criterion of this meeting',
        officialNotEvaluated: '%{field}: this official is not under evaluation at this meeting',
        progressReaders: "Only the meeting's chair and the ADMINs over it follow its progress before it is closed",
        secretFormat: '%{field}: send the secret this browser keeps for the code (32–128 letters, digits, "-" or "_")',
        signInOrCode: 'Sign in, or give the ballot code the chair handed you',
      },
      ratingTemplate: {
        keyTwice: '%{field}: the key "%{key}" appears twice',
        templateInUse: 'A meeting already uses this template; its criteria can no longer change. Make a new template.',
        weightsSum: '%{field}: the weights sum to %{sum}; they must sum to 100',
      },
      selfReport: {
        answers: '%{field}: %{message}',
        noResponsibilityList:
          '%{field}: %{official} has no responsibility list for %{year}; an ADMIN keeps the list first',
        ownOnly: 'An OFFICIAL may submit only their own self-report',
      },
      survey: {
        closedNoAnswers: 'This survey is CLOSED: it takes no more answers',
        codeUsedOnce: 'This survey code has already been used: each code answers once',
        invalidCode: 'This survey code is not valid: check it against your slip, or ask your residents’ committee',
        keyTwice: '%{field}: the key %{value} is used twice',
        noScoreFor: '%{field}: no score for the question %{key} (%{text})',
        notAQuestion: '%{field}: %{value} is not a question of this survey',
        notASurveyCode: '%{field}: %{value} is not a code of this survey',
        notOpenYet: 'This survey is not open yet: try again once your residents’ committee opens it',
        paperOpenOnly: 'The survey is %{status}: answers are entered only while it is OPEN',
        paperRole: 'Role %{role} may not enter paper answers of this survey',
        periodFormat:
          '%{field}: a period is a quarter (2025-Q3), a month (2025-07), a half year (2025-H2) or a year (2025)',
        questionMissing: '%{field}: ask at least one %{missing} question',
        questionTwice: '%{field}: %{question} is answered twice',
        ratesOutsideScope: 'You may not read the survey rates of a 街道 outside your scope',
        surveyClosed: 'The survey is CLOSED: it takes no more answers',
        surveyClosedCodes: 'The survey is CLOSED: its codes died with it',
        surveyCodeUsed: '%{field}: %{value} has already been used to answer',
        wrongStatus: 'The survey is %{status}; only a %{from} survey can become %{to}',
      },
      user: {
        integrationRole: '%{field}: INTEGRATION is the role of service tokens (createServiceToken), not of users',
        listAdminOnly: 'Only an ADMIN may list users',
        officialOutsideScope: "%{field}: the official serves outside this user's scope",
        officialOutsideSubdistrict: "%{field}: the user's official serves outside this subdistrict",
        officialUserOnly: '%{field}: only an OFFICIAL user is linked to an official',
        oneUnit: '%{field}: a user is staff of one office or one agency, not both',
        ownAccount: 'You may not delete your own account',
        ownRole: 'You may not change your own role or scope; ask another ADMIN',
        registeredForOpenMeeting:
          '%{field}: %{username} is registered for the open meeting "%{meeting}"; reset the password after that meeting has closed',
        subdistrictOtherDistrict: "%{field}: the subdistrict is not in the user's district",
        subdistrictOutside: '%{field}: %{subdistrict} is not in %{district}',
        unitOutside: "%{field}: %{unit} is not in the user's 街道",
        unitStaffAdminOnly: '%{field}: only an ADMIN scoped to one 街道 is staff of one of its offices or agencies',
      },
      webhook: {
        districtAdminOnly: 'Only an ADMIN of a whole district may %{what}',
        stillPending: 'This delivery is still PENDING: only a FAILED or DELIVERED delivery can be redelivered',
        urlAbsolute: '%{field}: must be an absolute http or https URL',
        urlCredentials: '%{field}: must not carry a user name or password',
        urlRefused: '%{field}: may not point at %{hostname}: %{refused}',
        urlScheme: '%{field}: only http and https URLs are called',
      },
    },
  },
};
