/** The home page of each role (home/), in English. */
export const enHome = {
  pingyi: {
    home: {
      title: 'Home',
      greeting: 'Hello, %{name}',
      loading: 'Loading…',
      none: 'None',
      readFailed: 'Could not be read; reload the page to try again.',
      admin: {
        consents: 'Agency head appointments awaiting consent',
        cases: 'Open accountability cases',
        meetings: 'Meetings to schedule (in preparation)',
        open: 'Open',
      },
      chair: {
        open: 'Meetings in session',
        upcoming: 'Meetings in preparation',
        enter: 'Enter the meeting room',
      },
      representative: {
        intro: 'Rate the officials of the meetings you are registered for.',
        vote: 'Start rating',
      },
      assessor: {
        year: 'Assessments of %{year} at a glance',
        draft: 'Draft',
        finalized: 'Finalised',
        cases: 'Open accountability cases',
        overview: 'Open the assessment overview',
      },
      official: {
        title: 'My evaluations',
        unlinked: 'Your account is not linked to an official yet; ask your subdistrict administrator.',
        results: 'My meeting results',
        assessments: 'My annual assessments',
        year: 'Year',
        status: 'Status',
        score: 'Score',
        grade: 'Grade',
        selfReport: 'Hand your self-report to the subdistrict administrator before the annual assessment.',
      },
    },
  },
};
