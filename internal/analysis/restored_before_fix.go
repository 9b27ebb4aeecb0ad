package analysis

// The summary quotes the first restoration, and its time ends the impact.
// Staff's sentences read as a restoration before any step was read as a fix
// are most often checks and findings, not the service back: "LB health
// checks are fine, all backends healthy." (styles7 23), "Card reports "no
// lock" since 05:52." (styles14 17), "Both payments went through at 18:57 and
// 18:58." (a double charge), "Alarm queue shows Ward 7 calls received and
// 'SIP 408 timeout' sending to DECT server." (styles9 09). Such a sentence
// is taken only where no restoration follows it; round 102 refused it
// outright and left 16 tickets with no restoration at all. A sentence with a word of the
// service back (confirms: "now", "again", "back", "fixed", ...) stays the
// restoration: "Camera pinging, reads flowing again from 03:17." (styles21
// 10), "Logger back, 2 cycles since 09:13 showing in SteriTrack." (styles61
// 08), where the step before it was not read as a fix.
//
// Evidence (the quoted restoration labelled restored, tuning sets styles to
// styles98): 27 quotes move to a labelled restoration (styles2 09, 7 23, 9
// 09, 11 03, 11 11, 11 15, 11 18, 14 17, 24 13, 25 18, 29 10, 36 01, 46 03,
// 47 06, 47 09, 53 02, 56 13, 58 18, 65 02, 66 01, 72 18, 75 01, 87 13, 88
// 01, 94 09, 95 13, 96 06), 3 move off one (styles40 18, 45 10, 78 02), 5
// from one labelled sentence to a later one (styles22 13, 66 11, 73 09, 76
// 05, 90 08), 11 between unlabelled ones. Without the confirms exception:
// 34 gained, 7 lost.

// staffNoteBeforeFix reports whether a sentence taken as the first
// restoration is staff's (staff) before any fix was read (fixed false) and
// has no word of the service back in it (confirms): a check or a finding,
// quoted only where no restoration follows.
func staffNoteBeforeFix(staff, fixed bool, text string) bool {
	return staff && !fixed && !confirms(text)
}
