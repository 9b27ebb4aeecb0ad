package reader

import (
	"strings"
	"testing"
)

// TestOnePassSameAnswers checks round 258's byte loops against the
// strings.Contains forms they replace (sendVerbToken's three verbs,
// soAllRight's " so " in four cases), on written words and sentences and
// on every prefix and suffix of them.
func TestOnePassSameAnswers(t *testing.T) {
	oldSend := func(ts []string) bool {
		for _, t := range ts {
			if strings.Contains(t, "gone") || strings.Contains(t, "went") || strings.Contains(t, "been") ||
				strings.HasSuffix(t, "was") || strings.HasSuffix(t, "were") {
				return true
			}
		}
		return false
	}
	oldSo := func(text string) bool {
		return strings.Contains(text, " so ") || strings.Contains(text, " So ") || strings.Contains(text, " SO ") ||
			strings.Contains(text, " sO ")
	}
	texts := []string{
		"The replacement has gone out by courier today.",
		"It went out this morning, so you should have it by Friday.",
		"The new card has been posted; it was sent first class.",
		"They were dispatched, SO please watch for them.",
		"undergone wentworth beenie gon wen bee goneent",
		"So it works, sO what, so-so, also, ISO 9001 so",
		"Sent the invite; was that it? were",
		"g w b go we be",
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for _, s := range []string{text[:i], text[i:]} {
				ts := strings.Fields(strings.ToLower(s))
				if got, want := sendVerbToken(ts), oldSend(ts); got != want {
					t.Errorf("sendVerbToken(%q) = %v, the old form %v", ts, got, want)
				}
				if got, want := spacedSoFold(s), oldSo(s); got != want {
					t.Errorf("spacedSoFold(%q) = %v, the old form %v", s, got, want)
				}
			}
		}
	}
}

// TestPartyHeadSameAnswers checks round 258's partyHead against the loop it
// replaced (the heading lower-cased, split by strings.Fields and read word by
// word), on written headings and every prefix and suffix of them.
func TestPartyHeadSameAnswers(t *testing.T) {
	old := func(h string) (bool, bool) {
		head := strings.Fields(strings.ToLower(h))
		if len(head) < 1 || len(head) > 8 {
			return false, false
		}
		party, named := false, false
		for _, w := range head {
			switch w = strings.Trim(w, "(),.;'\""); w {
			case "i", "we", "you", "customer", "user", "caller", "client", "might", "may", "if", "whether", "please",
				"our", "my", "your", "internal", "note", "summary", "ticket":
				return false, false
			}
			party = party || partyNouns.has(w) || namedParties.has(w)
			named = named || namedParties.has(w)
		}
		return party, named
	}
	heads := []string{
		"Vendor reply", "ISP", "Platform team finding", "WHS dev support", "Telvio RFO in",
		"(Supplier) update from the CARRIER", "Our vendor", "Internal note from support",
		"Fournisseur Vendor Ünïcode SUPPORT", "one two three four five six seven eight vendor",
		"R&D", "  Engineer   visit  ", "A-very-long-heading-word-beyond-thirty-two-bytes Vendor",
	}
	for _, h := range heads {
		for i := 0; i <= len(h); i++ {
			for _, s := range []string{h[:i], h[i:]} {
				p, n := partyHead(s)
				op, on := old(s)
				if p != op || (p && n != on) {
					t.Errorf("partyHead(%q) = %v %v, the old loop %v %v", s, p, n, op, on)
				}
			}
		}
	}
}

// TestNoAfterBreakSameAnswers checks round 258's noAfterBreak, which jumps
// from one "o " to the next, against the byte loop it replaced.
func TestNoAfterBreakSameAnswers(t *testing.T) {
	old := func(text string) bool {
		for i := 2; i+3 <= len(text); i++ {
			if text[i+2] != ' ' || text[i] != 'n' && text[i] != 'N' || text[i-1] != ' ' || text[i+1] != 'o' {
				continue
			}
			switch text[i-2] {
			case ',', ':', ';', '-':
				return true
			case 'h':
				if i >= 5 && (text[i-5:i-1] == "with" || text[i-5:i-1] == "With") {
					return true
				}
			}
		}
		return false
	}
	texts := []string{
		"Ran the suite twice, no failures.", "Checked: no alarms since.", "Tested with no E-214 this time.",
		"With no errors; no warnings - no leaks.", "So no go, no o no No ", "no o o  no ,no , No x",
		"Tested With No errors", "no", ", no ", "h no ", "with no ",
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for _, s := range []string{text[:i], text[i:]} {
				if got, want := noAfterBreak(s), old(s); got != want {
					t.Errorf("noAfterBreak(%q) = %v, the old loop %v", s, got, want)
				}
			}
		}
	}
}
