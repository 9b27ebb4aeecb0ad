package reader

import "strings"

// The writer's guess from how a thing looks ("looks like HO keyed the old
// figure into the wrong band", "by the look of it", "which seems to have
// reset its field names") is a hypothesis, not a cause found. A shape of
// staff sentences seen in five writers' sets (tuning, styles to styles74)
// and labelled no cause there:
//
//   - "New row for band 3 has 8.5 in it, looks like HO keyed the old over-250
//     figure into the wrong band." (styles69, 01-redemption-interest-rate)
//   - "It looks like it was switched off when the stand closed." (styles73,
//     18-card-processor-switch)
//   - "That lines up with an update to the form plugin on your site the same
//     day, which seems to have reset its field names." (styles70,
//     10-applications-not-arriving)
//   - "The chilled water is at 15 degrees, so it looks like a chiller problem
//     rather than the air handler itself." (styles16, 10-ahu-b3-sat-alarm)
//   - "Tenant on an iPhone by the look of it, so HEIC." (styles31,
//     01-portal-photo-upload)
//
// Refused in notCause, so the model is bound by it too (modelVeto). A guess
// beside a finding told in its own clause stays a cause: after a colon ("Our
// security team reviewed your account: the suspension was triggered ...
// because ..., which looks like a stolen account", styles9), a semicolon
// ("From the dates it looks like they went missing when your domain moved
// ...; your DMARC policy is set to reject, ...", styles21) or a dash ("I can
// see card ending 4471 0093 was blocked on Friday - ... it looks like they
// blocked yours by mistake", styles14), or with "because". "Looks like" is
// a guess only with "it" or no subject before it (first, or after a comma): "so the new one looks like
// a duplicate to them" (styles53) tells how a thing looked to a system, a
// cause, and "they look like returning students" (styles29) is no guess at
// a cause.
//
// Written in round 67 (docs/quality.md, "Round 67").

// appearanceGuess reports whether a sentence with no colon, semicolon, dash
// between words or "because" guesses by "(it) looks like", "(it) looks to
// be", "by the look of it", or "seems/appears to have".
func appearanceGuess(text string, ts []string) bool {
	if strings.ContainsAny(text, ":;") || strings.Contains(text, " - ") || strings.Contains(text, " – ") {
		return false
	}
	guess := false
	for k, t := range ts {
		switch {
		case t == "because":
			return false
		case t == "looks" && k+1 < len(ts) && (ts[k+1] == "like" || ts[k+1] == "to" && k+2 < len(ts) && ts[k+2] == "be") &&
			(k == 0 || ts[k-1] == "it" || strings.Contains(strings.ToLower(text), ", looks ")):
			// the elided subject ("..., looks like") asked last, at a "looks"
			// that needs it: its lower-cased copy cost an allocation for
			// every sentence a cause rule read (round 245)
			guess = true
		case t == "look" && k >= 2 && ts[k-2] == "by" && ts[k-1] == "the" && k+1 < len(ts) && ts[k+1] == "of":
			guess = true
		case (t == "seems" || t == "appears" || t == "seem" || t == "appear") && k+2 < len(ts) && ts[k+1] == "to" && ts[k+2] == "have":
			guess = true
		}
	}
	return guess
}
