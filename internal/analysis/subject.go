package analysis

import (
	"strings"
	"unicode"

	"github.com/debriefhq/debrief/internal/reader"
)

// A ticket's subject is the reporter's own headline, and the sentence of the
// opening that says it again in full is their statement of it: "Export
// declarations stuck" is told by "from 9:00 all our export declarations are in
// status 'Sent - awaiting response'", not by what it cost them ("we have 17
// declarations stuck now") or a line of context. The reading needs no words
// of any writer's: only the subject's own.

// functionWords carry no topic: a subject's words that a sentence may share
// with it by chance.
var functionWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "from": true, "not": true,
	"our": true, "your": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"this": true, "that": true, "all": true, "any": true, "can": true, "cannot": true, "can't": true, "please": true,
	"after": true, "since": true, "when": true, "into": true, "onto": true, "but": true, "its": true, "it's": true,
	"their": true, "they": true, "them": true, "you": true, "will": true, "would": true, "could": true, "been": true,
	"being": true, "there": true, "what": true, "which": true, "who": true, "how": true, "why": true, "now": true,
	"out": true, "off": true, "about": true, "some": true, "more": true, "than": true, "then": true, "also": true,
	"new": true, "both": true}

// contentWords returns the words of s that may carry its topic, lowered: those
// of three letters or digits or more, other than function words. Words are
// split at anything but a letter, a digit or an apostrophe ("heartbeat_lost",
// "fuel/charge", "VW-GB-0412").
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(lower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		w = strings.Trim(w, "'")
		if len([]rune(w)) >= 3 && !functionWords[w] && !identifier(w) {
			out = append(out, w)
		}
	}
	return out
}

// identifier reports whether w mixes letters and digits, a reference rather
// than a topic ("csf7732k", "srv01"): the opening names it in a line of
// context as readily as in the statement of the fault.
func identifier(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0 && strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// headline returns the part of a subject before its setting: "Email stopped
// after moving nameservers" is about email stopping, and the sentence that
// tells of moving the nameservers is context.
func headline(subject string) string {
	l := lower(subject)
	for _, w := range []string{" after ", " since ", " following "} {
		if i := strings.Index(l, w); i > 0 {
			l = l[:i]
		}
	}
	return l
}

// sameWord reports whether a and b are the same word, or one a longer form of
// the other of at least four letters ("email", "emails"; "alarm", "alarming").
func sameWord(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}

// shared counts the subject's distinct topic words that the sentence has.
func shared(subject []string, sentence string) int {
	words := contentWords(sentence)
	n := 0
	seen := map[string]bool{}
	for _, s := range subject {
		if seen[s] {
			continue
		}
		seen[s] = true
		for _, w := range words {
			if sameWord(s, w) {
				n++
				break
			}
		}
	}
	return n
}

// restatement returns the text of the sentence of m that best says the
// subject again: of the sentences that share at least two of its topic words,
// the one that shares the most, the earliest of equal shares. Where the subject
// names a fault ("results not visible", "learners stuck"), a sentence that
// states one comes first: the setting ("Results were due to release at
// 10:00") shares the topic but not what went wrong. A greeting or a call
// note's first line never restates: it shares the customer's name; a
// sentence after a greeting does ("Good morning, from today channels 20 to 35
// are in black screen"). It returns
// "" when no sentence restates the subject. A person's form copies the
// subject into its body, and that copy does not restate it (see echoes); a
// machine's line that says the subject is the alert the subject was made from.
func restatement(m *reader.Message, subject string, automatic bool) string {
	words := contentWords(headline(subject))
	if len(words) < 2 {
		return ""
	}
	faulty := faultRank(lower(subject)) > 0
	best, at, bestFault, atFault := 1, "", 1, ""
	for _, sn := range m.Sentences {
		if opener(afterGreeting(sn.Text)) || !automatic && echoes(sn.Text, subject) {
			continue
		}
		n := shared(words, sn.Text)
		if n > 1 && !automatic && shared(words, outsideParens(sn.Text)) == 0 {
			// the subject's words only in a person's aside: "My
			// subscription is only one (Ultimate monthly)" of "Charged
			// twice for Ultimate this month" (styles56 SP-1094102) names
			// the plan, not the double charge; an alert's brackets hold
			// its data ("Source: SD-02 (Northway FM main TX feed, …)")
			continue
		}
		if n > best {
			best, at = n, sn.Text
		}
		if faulty && n > bestFault && (faultRank(lower(sn.Text)) > 0 || sn.Acts&reader.Problem != 0) {
			bestFault, atFault = n, sn.Text
		}
	}
	if atFault != "" {
		return atFault
	}
	return at
}

// echoes reports whether the sentence s only repeats the ticket's subject,
// whole or as a form's field ("Subject: Hold not coming", "Summary: Card
// machine keeps saying 'terminal not responding'"): a web form copies the
// subject into its body, and the subject is quoted already. Words are
// compared without case or punctuation.
func echoes(s, subject string) bool {
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(lower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	sub := norm(subject)
	if sub == "" {
		return false
	}
	if _, value, ok := field(strings.TrimSpace(s)); ok && norm(value) == sub {
		return true
	}
	return norm(s) == sub
}

// afterGreeting returns s without a greeting before its first comma ("Good
// morning, from today ..."), or s itself.
func afterGreeting(s string) string {
	i := strings.Index(s, ", ")
	if i < 0 || len(strings.Fields(s[:i])) > 3 || !opener(s[:i]) {
		return s
	}
	return s[i+2:]
}
