/** The ballot's steps, review, thanks, leave warning, text size and the representatives' sign-in, in English. */
export const enVote = {
  pingyi: {
    vote: {
      step: 'Official %{current} of %{total}',
      stepShort: '%{current} / %{total}',
      previous: 'Previous',
      next: 'Next',
      toReview: 'Review all ratings',
      commentOptional: 'Comment (optional)',
      commentRequiredLabel: 'Comment (required)',
      commentOptionalHelp: 'Required for “Dissatisfied” or “Very dissatisfied”.',
      commentRequiredHelp: 'You chose “%{level}”: please say why.',
      notRated: 'Not rated',
      unsaved: 'Not submitted',
      review: {
        title: 'Check your ratings',
        intro: 'Check each one. To change one, press “Change” to go back to that official.',
        missing: '%{count} not rated yet: press “Change” to rate them, or finish now.',
        edit: 'Change %{name}',
        editShort: 'Change',
        finish: 'Finish',
        comment: 'Reason: %{comment}',
      },
      thanks: {
        title: 'Thank you for taking part!',
        count: '%{count} ratings were recorded.',
        none: 'No rating was recorded.',
        again: 'Back to the start',
        meetings: 'Back to the meetings',
      },
      leave: {
        title: 'Choices not submitted',
        body: 'Your choices for %{names} are not submitted and will be lost if you leave.',
        stay: 'Stay and continue',
        go: 'Leave without saving',
      },
      largeText: 'Large',

      back: 'Back',
      signIn: {
        title: 'Pingyi',
        subtitle: 'Representatives’ sign-in',
        username: 'Username',
        password: 'Password',
        submit: 'Sign in',
        withCode: 'No account? Vote with a ballot code',
        staff: 'Staff sign-in',
        representatives: 'Representatives’ sign-in',
      },
    },
  },
};
