package reader

// Staff's account of why it broke, with no step and no word of the service
// now (round 157, docs/quality.md "Round 157"): "Course completion rule is
// 'Completed only', so passed attempts stay In progress.", "Finding: charger
// in the Siren 3 cabinet failed, batteries flat ..., so it stayed
// 'healthy'.", "Optira (Kasia Lind) on the phone: the update enabled a
// Hyper-V virtual network adapter, ... so the licence no longer matched the
// server." The "restored words" and "recovery report" rules and the model
// read the state words of the mechanism (stay, healthy, matched, showing) as
// the service; the sentence is read as a cause and as no step, and the
// labels give it cause only. Round 102's causeOnly (internal/analysis) moves
// the summary's quote off such a sentence; this refuses the row. Tuning
// rows, labelled cause and read as restored before (-styleserrorstp, every
// tuning set):
//
//   - "Our status screen wrongly kept showing "Connected", which is a bug we
//     already have logged." (styles9 05);
//   - "Course completion rule is 'Completed only', so passed attempts stay In
//     progress." (styles16 15);
//   - "So the update dropped RC-2 into battery saver and it only caught a
//     couple of tags as people went in." (styles55 14);
//   - "Printers on older firmware don't recognise the new certificate, so
//     they can't connect to the cloud at all, even though your network is
//     fine." (styles56 17);
//   - "The 5.0 migration reset every pool priority to the default 50, so
//     playblasts no longer jump the lighting jobs." (styles67 12);
//   - "Our rewards partner found the problem: ..., so the order could not go
//     through." (styles88 02);
//   - "Finding: charger in the Siren 3 cabinet failed, ..." (styles95 16);
//   - "Optira (Kasia Lind) on the phone: ..." (styles106 07).
//
// Staff's only, and only with a cause read and no fix read (the caller asks
// the sentence's acts), and only with the mechanism's consequence told ("so",
// "which"): a terse state read as a cause ("New antenna fitted, clock drift
// under 2 ms by 14:10."; "Due to the DNS change the portal answers from every
// office.", the model's restoration beside a rules cause) stays as it was;
// 8 rows in 8 sets; styles21 16 ("413 = Request Entity Too Large, returned
// by the new nginx reverse proxy ...") is left. A word of the service now keeps the row: staff tell
// the cause and the service back in one sentence ("Control room - HMI-3 is
// working again: it had lost its connection ...", styles4 15; "... hub lost
// WAN because of O2 mast maintenance ..., hub back online since.", styles48
// 15; "VerifyPoint rolled back a faulty update ... and UK driving licences
// are passing again.", styles63 09: true, and kept by the state words).

// causeStateNowWords tell the service now beside a cause: the row stays.
var causeStateNowWords = newWordSet(map[string]bool{
	"back": true, "again": true, "now": true, "since": true, "online": true, "working": true,
	"running": true, "passing": true, "restored": true, "fixed": true, "sorted": true,
	"resumed": true, "recovered": true,
})

// causeNoStateLinks are the words causeNoState looks for, a set made once.
var causeNoStateLinks = wordSetOf("so", "which")

// causeNoState reports a sentence that tells a consequence ("so", "which")
// and no word of the service now (see above); ts is its tokens. The caller asks for staff's sentence read as a
// cause and as no fix.
func causeNoState(ts []string) bool {
	if !causeNoStateLinks.anyIn(ts) {
		return false
	}
	for _, t := range ts {
		if causeStateNowWords.has(t) {
			return false
		}
	}
	return true
}
