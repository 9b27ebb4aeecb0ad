package analysis

import "slices"

// Staff's note before any step, with no word of the service back
// (staffNoteBeforeFix), is quoted as the restoration only where no
// restoration follows it. Where a step was read after it (in the same
// message or a later one), the note was a check on the way to that step,
// not the service back, and no restoration told after the step says when
// the service came back: "Inlet filter clean." (styles64 06, before the
// analyser's pump was repaired), "Tested 1.5GB PDF upload from office + from
// 4G: both fine." (styles82 05), "Our system shows the four reset e-mails
// were sent and accepted by your e-mail provider, so they may be sitting in
// a filter." (styles94 18), "Our text provider shows all five codes as
// delivered to your mobile network." (styles105 13), "Insulation-tested the
// e-stop chain, all good." (styles115 14), "That's it working as intended."
// (styles80 09). The summary then quotes no restoration rather than a
// check: it says less, and nothing false.
//
// Round 223 (tuning sets styles to styles122): those 6 quotes, none
// labelled restored, are dropped; the fallback's 3 right quotes (styles33
// 06, 35 17, 47 10) have no step after the note and stand, and so do its
// 2 other wrong ones (styles41 15, 80 05).

// noteOvertaken reports whether staff's note, the only restoration read
// (staffNoteBeforeFix), was followed by a step: a fix read at its time or
// later.
func noteOvertaken(note *Quote, fixes []Quote) bool {
	return slices.ContainsFunc(fixes, func(q Quote) bool { return !q.At.Before(note.At) })
}
