package reader

// Round 224: a staff statement that only shares a word with a chase is no
// question. classify gives Chase and Question to any sentence with a chase
// word ("reminder", "still waiting", "how long"), and modelGuards refuses
// the model's cause in any sentence read as a question; but staff explaining
// a fault often name a reminder feature or a wait in the mechanism:
//
//   - "The reminder batch only ran Sunday to Friday, ... so Monday's reminders
//     are due on a Saturday and the batch simply never ran for them."
//     (styles35)
//   - "The new Outlook build times how long each add-in takes to start, and
//     on the older desktops WorkVault's first start was slow enough that
//     Outlook switched it off by itself." (styles39)
//   - "The import marks the payment on the booking but it didn't update the
//     "balance due" figure that the reminder rule checks, so the rule still
//     saw money owing." (styles66)
//   - "Lockside reply: the reminder e-mails are built from a copy of the
//     bookings taken on the night of the 2 May migration, ..." (styles114)
//
// Counted over every tuning styles row the model would read as a cause and
// that guard alone refused: the staff sentences whose question came from a
// chase word, with no question mark and no question's opening (isQuestion),
// are 8 true causes in 7 writers (styles35, 39, 47, 66, 83, 102, 114; styles47's
// row stays refused by its "nothing is wrong" clause) and no false row. A
// real question keeps the guard; so do a closing and an automatic reply.

// chaseInStatement reports whether a sentence's question is only a chase
// word's in a statement (no question mark, no question's opening).
func chaseInStatement(text string, sc *scan, acts Act) bool {
	return acts&Chase != 0 && !isQuestion(text, sc)
}
