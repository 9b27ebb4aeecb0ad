package reader

// Round 125's reading: staff's finding in a chat opened by "Ah".
//
// In a live chat, after the customer reports that staff's first answer did
// not work ("there is no Download in that menu", "no three dots on mine",
// "it says 'Selection exceeds 500 certificates'"), the agent answers with
// the reason, opened by "Ah" and often with no cause word at all:
//   - "Ah - you're a sender-only user on that account, and your org's
//     settings restrict downloads of completed envelopes to admins."
//     (styles26, 07-certificate-of-completion-chat)
//   - "Ah, segments only came in with 4.0." (styles34, 03-split-shift-timesheet)
//   - "Ah, there's a cap of 500 per zip." (styles55, 17-bulk-cert-download)
//   - "Ah - on Macs the VPN app hangs on to the old profile even when you
//     reconnect." (styles67, 10-publish-timeout-vpn-route)
//
// Every staff sentence opened by "Ah" with a statement after it in the
// tuning sets (styles to styles98) is labelled a cause: these four, which no
// other rule read, and "Ah, that's because ..." (styles8 06, styles47 18)
// and "Ah, Reprint needs the ... permission ..." (styles52 09), read by
// other rules; 7 of 7 in 7 sets. The customer's "Ah" sentences ("Ah ok.",
// "Ah yes we switched to Starling in Feb", "Ah that explains it") are no
// staff sentences; the rule still refuses an acknowledgement, an apology,
// a step, an instruction or a question after "Ah", and fewer than four
// words.
//
// Written in round 125 (docs/quality.md, "Round 125").

// ahFindingRefused are the words after "ah" that open no finding: an
// acknowledgement, an apology, staff's own step, an instruction.
var ahFindingRefused = newWordSet(map[string]bool{
	"ok": true, "okay": true, "yes": true, "yeah": true, "right": true, "sorry": true,
	"thanks": true, "thank": true, "no": true, "great": true, "perfect": true, "cool": true,
	"got": true, "understood": true, "i": true, "i'm": true, "i've": true, "i'll": true,
	"i'd": true, "we": true, "we've": true, "we'll": true, "we're": true, "let": true,
	"let's": true, "please": true, "try": true, "just": true, "do": true, "don't": true,
	"can": true, "could": true, "you'll": true, "in": true, "that": true, "then": true,
	"oh": true, "well": true, "hi": true, "hello": true, "good": true, "nice": true,
})

// ahFindingExplains are the words ahFinding looks for, a set made once.
var ahFindingExplains = wordSetOf("explains", "makes")

// ahFinding reports whether a staff sentence tells a finding after "Ah"
// ("Ah, there's a cap of 500 per zip."). ts are the sentence's words.
func ahFinding(ts []string) bool {
	if len(ts) < 5 || (ts[0] != "ah" && ts[0] != "ahh" && ts[0] != "aha") {
		return false
	}
	next := ts[1]
	if ahFindingRefused.has(next) {
		return false
	}
	if next == "that's" && ts[2] != "because" && ts[2] != "down" {
		return false // "Ah, that's fine / great / odd": a reply, not the reason
	}
	if next == "you" {
		switch ts[2] {
		case "need", "can", "could", "should", "must", "have", "will", "might", "may":
			return false // "Ah, you need to ...": an instruction
		}
	}
	return !ahFindingExplains.anyIn(ts[1:])
}
