package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The summary quotes the first restoration ("Service was reported restored
// at …: “…”"). Where the first sentence the facts take as one is staff's step
// read through a result word ("Regenerated INV-26-04117, line 14 now |AS|.",
// styles39 12; "Scheduled rule set BS-2027-03 went live 00:00.", styles49
// 18), a cause told with its result, or a bare cry of a few words ("It
// works!", styles13 05; "in!", styles16 16), and the same message goes on to
// state the service at work in itself ("Ran it through CorvaneLink's test
// validator: passes."; "Dr. Sousa has the agenda in his phone now."), that
// later sentence is quoted: it says what the reader of the report wants to
// know, and the step itself is then the remedial step the summary quotes
// (KeyFix). Same message, same time: the end of the impact does not move. A
// later message is never taken instead: staff's step and a customer's later
// confirmation are labelled restored by some writers and not by others, and
// moving to it would lengthen the impact where the step held.
//
// Evidence (the quote before -> after, tuning sets): a step then a state or a
// test in styles3 03, 22 15, 32 18, 35 07, 36 16, 39 12, 41 18, 49 18, 63 16,
// 71 15, 80 17, 83 12, 89 05 (and, after a later problem, 16 03, 17 15, 51
// 11, 64 16, 69 15, 72 07); a short cry then the state in styles12 02, 13 05,
// 15 09, 16 07, 16 16, 19 06, 84 02.
//
// Round 127: the later sentence may be read as a step too, where it states
// the service at work (firmState): "Services were fully restored at 15:22
// UTC." after "Update 15:30 UTC: the switch in zone b has been replaced ..."
// (styles 15), "Fader open in S1 lights mic live and door light now." after
// "Restored gpio_map.xml ..." (styles23 05), and 15 17, 24 01, 26 05, 45 01,
// 79 09, 81 17, 91 04: 9 quotes of the tuning sets (styles to styles98) move
// to a sentence labelled restored, 2 move off one (styles34 06, 57 15), 5
// move between unlabelled ones; same message, so the impact does not move.
//
// Round 185: a first sentence that is no step gives way too where a step of
// the same message follows it and a firm state follows the step: "On site,
// ribbon fine." -> "Printed 10 tags, all scan fine on the stores scanner."
// (styles59 04), "Ah ok, it was my colleague testing." -> "Now the values are
// coming, 2.1 and 2.4 mm/s." (styles6 20), and styles5 02, 8 11; a state
// still to come (stillToCome) or a wish (wish) is not firm.

// firmerRestoration returns the index of the sentence of message m (message
// mi of the reading, event e) to quote as the first restoration, where
// sentence si is the first the facts take as one (see restoration): a later
// sentence of m that states the service at work in itself (firmState), read
// as a restoration and not as a cause, a question or an estimate, where si
// is a step or a cause read through a result word, or has fewer than four
// words, or is followed by a step of m (then a sentence after that step);
// si otherwise, and where no later sentence is firm.
func firmerRestoration(e *ticket.Event, m *reader.Message, si, mi int, rd *reader.Reading, fixed bool) int {
	first := m.Sentences[si]
	from := si + 1
	if first.Acts&(reader.Fix|reader.Cause) == 0 && len(strings.Fields(first.Text)) >= 4 {
		if from = stepAfter(m, si) + 1; from == 0 {
			return si
		}
	}
	for k := from; k < len(m.Sentences); k++ {
		sn := m.Sentences[k]
		if sn.Acts&(reader.Cause|reader.Question|reader.Estimate) == 0 && restoration(e, sn, mi, rd, fixed) && firmState(sn.Text) {
			return k
		}
	}
	return si
}

// firmState reports whether text, a sentence read as a restoration, may
// stand for it in place of a step: at least three words, no fault told in it
// (laterFault), nothing still to come ("will", "I'll", "until", "should"
// without "now" after it: "Your uploads should all have previews within
// half an hour", styles57 11; see stillToCome), no condition and no contrast ("… is created, but I
// couldn't give him a desktop licence", styles50 13).
func firmState(text string) bool {
	l := lower(text)
	if len(strings.Fields(l)) < 3 || conditional(l) || strings.Contains(l, "until") || stillToCome(l) || wish(l) {
		return false
	}
	for _, m := range []matcher{futureWords, contrastWords} {
		if _, ok := m.find(l); ok {
			return false
		}
	}
	return !laterFault(l, false)
}
