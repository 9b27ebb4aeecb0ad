package reader

// Staff's offer, or an option left to the reader (round 202, docs/quality.md
// "Round 202"): what may be done, not what is. "we can drop all of them and
// keep the new restored one", "we can close this ticket and continue working
// on the previous one", "... but we can send you a monthly pressure summary
// if that helps.", "You can switch back under Mission > Orbit source if you
// prefer your own ephemeris." The restored words inside ("restored",
// "working", "back", "again", "claim") name the thing offered or the state it
// would give, and the rules and the model read them as the service working.
// Tuning rows, staff's, read as restored before and labelled otherwise
// (-styleserrorstp over every styles tuning set; TestQualityMendeley -errors
// restored over dev, heldout and fresh):
//
//   - "we can drop all of them and keep the new restored one, ..." (Mendeley
//     heldout 1009618 23.3, labelled fix);
//   - "for now, we can update and sync them from the database level, so
//     kindly collect all ph_item details ..." (dev 1009601 6.2, question+fix);
//   - "we can close this ticket and continue working on the previous one"
//     (dev 1007438 4.4, closing);
//   - "... we are waiting for your confirmation that everything is working
//     fine so we can close this ticket." (fresh 1009853 6.1, question+fix);
//   - "Yes, we can schedule the thresholds: I've set TM-01 and TM-02 to ...,
//     and they go back to 0.15° and 0.30° by themselves ..." (styles98 12,
//     fix);
//   - "I've asked Geoscope to update their software so we can close that
//     connection again; ..." (styles100 05, none);
//   - "... but we can send you a monthly pressure summary if that helps."
//     (styles100 08, none);
//   - "You can switch back under Mission > Orbit source if you prefer your own
//     ephemeris." (styles59 06, none);
//   - "We have left your account on email codes for now as that is working for
//     you; just let us know if you'd prefer SMS." (styles83 08, none);
//   - "your balance shows 1,690, so you can claim your voucher whenever you
//     like." (styles88 01, none).
//
// Staff's "we can see ..." is a check told, not an offer ("... and we can see
// 27 people already working.", styles15 06, true), and stays; so does "you
// can <do it> now" with no option ("... so you can submit it now.", styles105
// 16, true). No true row over the tuning sets holds either form.

// A result told before the offer ("solved", "resolved", "fixed") tells the
// service's state first ("and its solved with the new release of mobile
// application to prevent this behavior we can close this ticket ...", Mendeley
// dev 1007438 4.3-4.4, two rows the splitter joins: true), and the offer after
// it does not refuse it.

// offerModals are the modals of an offer after "we".
var offerModals = newWordSet(map[string]bool{"can": true, "could": true})

// offerSkip are the words between the modal and its verb.
var offerSkip = newWordSet(map[string]bool{"also": true, "then": true, "just": true, "still": true, "always": true, "easily": true})

// optionVerbs close "if you ..." / "whenever you ...": the reader's choice.
var optionVerbs = newWordSet(map[string]bool{"prefer": true, "like": true, "want": true, "wish": true})

// optionSubjects open the option clause.
var optionSubjects = newWordSet(map[string]bool{"you": true, "they": true, "he": true, "she": true})

// offerOptionSolved are the words offerOrOption looks for, a set made once.
var offerOptionSolved = wordSetOf("solved", "resolved", "fixed")

// offerOptionOpeners are the words offerOrOption looks for, a set made once.
var offerOptionOpeners = wordSetOf("we", "if", "whenever")

// offerOrOption reports staff's offer ("we can <verb>", the verb not "see")
// or an option left to the reader ("if you prefer", "if you'd like", "if
// that helps", "whenever you like"); ts is the sentence's tokens.
func offerOrOption(ts []string) bool {
	if !offerOptionOpeners.anyIn(ts) {
		return false
	}
	for i, t := range ts {
		switch t {
		case "we":
			if !offerModals.has(nextToken(ts, i)) || offerOptionSolved.anyIn(ts[:i]) {
				continue
			}
			j := i + 2
			for j < len(ts) && offerSkip.has(ts[j]) {
				j++
			}
			if j < len(ts) && ts[j] != "see" && ts[j] != "not" {
				return true
			}
		case "if", "whenever":
			n := nextToken(ts, i)
			switch {
			case t == "if" && (n == "that" || n == "it") && nextToken(ts, i+1) == "helps":
				return true
			case n == "you'd" || n == "they'd":
				if optionVerbs.has(nextToken(ts, i+1)) {
					return true
				}
			case optionSubjects.has(n):
				v := nextToken(ts, i+1)
				if v == "would" {
					v = nextToken(ts, i+2)
				}
				if optionVerbs.has(v) {
					return true
				}
			}
		}
	}
	return false
}
