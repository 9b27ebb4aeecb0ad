package engine

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStylesSummaries reads the reader's sets of other organisations'
// conversations (internal/reader/testdata/styles*, labelled by people who had
// not read the rules) as a user would: the executive summary should quote what
// the reporter said was wrong, and no narrative may assert that the ticket
// lacks something. Floors are the counts measured once the problem sentence
// was ranked rather than taken as the reader's first mark (December 2026).
func TestStylesSummaries(t *testing.T) {
	e := exampleEngine(t)
	// styles2 counted one more before round 10 of the reader: that summary
	// quoted the labelled problem "Store 214 failed: two tills didn't come
	// back after reboot" as the moment service was restored, a misreading
	// round 10 removed.
	// The floors rose with the later problem (what the customer reported
	// after the work or the first fix): styles 28 to 29, styles3 18 to 20,
	// styles5 13 to 17, styles8 12 to 14, styles9 9 to 10.
	// They rose again when the opening's sentence that restates the subject
	// ranked as the statement of the fault (and a call note's first line
	// stopped counting as one): styles4 9 to 11, styles9 10 to 12, styles10
	// 10 to 11, styles11 11 to 12, styles12 12 to 14, styles14 11 to 12,
	// styles16 12 to 14. A quoted message with a negation in it, what a
	// screen said ('activation says "token not recognised"'), counts as a
	// fault stated, which the later problem needs: styles 29 to 30, styles4
	// 11 to 13, styles6 14 to 15, styles8 14 to 16. A ticket a monitoring
	// alert opened quotes the alert's fault where the customer states none:
	// styles12 14 to 15, styles13 13 to 14, styles14 12 to 14, styles15 13 to 14.
	// styles17-styles20 were held out of that work and scored once at its end:
	// styles17 11 to 12, styles18 8 to 10, styles19 7 to 10, styles20 9 to 13.
	// styles25 and styles26 were held out and scored once (9 of 12, 11 of 14;
	// the session's start read the same), and so were styles29-32 (11 of 14,
	// 13 of 13, 12 of 14, 12 of 14; the same with the session's start).
	// A fault staff noted during a request's or change's work, a form's copy
	// of the subject skipped, a form's reason field, a staff-opened ticket's
	// first customer message as the later problem, an alert's fault line, a
	// bracketed hedge and a wrapped line (branch summary2, tuned on
	// styles-styles20): styles2 24 to 26, styles5 17 to 19, styles7 16 to 17,
	// styles8 16 to 17, styles9 12 to 14, styles17 12 to 14 (15 with "Good
	// day." read as a greeting below), styles18 10 to 12, styles19 10 to 11,
	// styles20 13 to 14; styles21-26 did not move. styles29-32, which the
	// branch never saw: 11 to 12, 13, 12 to 13, 12 to 13. styles27 and
	// styles28, scored once at the session's end: 11 of 13 and 13 of 17
	// (10 and 13 with the session's start); styles33 and styles34 13 of 14
	// and 12 of 14 (the same with the session's start); styles35 and
	// styles36 9 of 11 and 10 of 15 (the same with the session's start);
	// styles36 9 since the model retrained on thirty-six sets no longer reads
	// 03's "it only lets me pick up to 22:30 and i land 23:50 now" as the
	// service restored, which the summary quoted as a restoration. styles37
	// and styles38, scored once at the next session's start: 13 of 14 and 10
	// of 10; styles39-42 at that session's end: 12 of 12, 11 of 15, 13 of 15
	// and 12 of 13 (the same with its start). styles59-62, scored once at
	// the end of the session after the one that had them written: 12 of 14,
	// 12 of 13, 12 of 13 and 12 of 14. styles63-66, scored once at the end of
	// the session after the one that had them written: 9 of 12, 11 of 15, 11
	// of 14 and 11 of 16. styles71-74, likewise: 10 of 11, 8 of 10, 12 of 12
	// and 12 of 13. styles75-78, likewise: 12 of 12, 11 of 13, 9 of 12 and 7
	// of 11. styles79-82, likewise: 12 of 14, 10 of 14, 10 of 12 and 12 of
	// 12. The model shipped with them (all words, λ 3e-4, orp4) no longer
	// reads styles2 36's "Store 214 failed: two tills didn't come back after
	// reboot." as the fault staff noted during the work: styles2 26 to 25.
	// styles83-86's first counts, with the model trained on every set to
	// styles82 (rule 2, docs/quality.md "styles83 to styles86: the first
	// scores"): 9 of 12, 11 of 14, 13 of 17 and 13 of 15. That model reads
	// styles75 08's two labelled problems after the rate load otherwise, so
	// no later problem is quoted: styles75 12 to 11.
	// styles87-90's first counts, with the reader shipped (E10, the model
	// trained on every set to styles82; docs/quality.md "styles87 to
	// styles90: the first scores"): 9 of 12, 13 of 14, 11 of 13 and 11 of 13.
	// styles91-94's first counts, with the reader shipped (E11, rounds 89-97,
	// the model trained on every set to styles82; docs/quality.md "styles91
	// to styles94: the first scores"): 10 of 11, 10 of 12, 9 of 15 and 10 of 12.
	// styles95-98's first counts, with the reader shipped (E12-all, rounds
	// 100-107, the model trained on every set to styles94; docs/quality.md
	// "styles95 to styles98: the first scores"): 9 of 12, 12 of 14, 11 of 13
	// and 9 of 12.
	// styles99-102's first counts, with the reader shipped (E13-all, rounds
	// 108-118, the model trained on every set to styles98; docs/quality.md
	// "styles99 to styles102: the first scores"): 12 of 13, 11 of 15, 10 of
	// 14 and 13 of 14.
	// styles103-106's first counts, with the reader shipped (E14, rounds
	// 122-134, the model trained on every set to styles98; docs/quality.md
	// "styles103 to styles106: the first scores"): 11 of 12, 10 of 12, 11 of
	// 12 and 9 of 11.
	// styles107-110's first counts, with the reader shipped (E15-all, rounds
	// 135-154, the model trained on every set to styles106; docs/quality.md
	// "styles107 to styles110: the first scores"): 11 of 14, 9 of 11, 13 of
	// 14 and 10 of 12.
	// styles111-114's first counts, with the reader shipped (E16r-all, rounds
	// 155-171 with the cause act's changes reverted by rule 1, the model
	// trained on every set to styles110; docs/quality.md "styles111 to
	// styles114: the first scores"): 12 of 12, 14 of 17, 12 of 14 and 10 of 15.
	// Round 141 (the customer's words with no word of the service back wait
	// for a later restoration): styles93 9 to 8. Its 05 quoted the
	// customer's fault ("since the update six of the batch 3 raingauges are
	// reporting 0.0 mm ...", misread as restored) as the restoration, and the
	// summary held the labelled problem only through that misquote; it now
	// quotes the labelled restoration and no later problem.
	// styles18's 08 (a change) fell to 11 when the change request stopped
	// reading as a fix (branch fixprec), and is back at 12 since a message
	// that reports a success and then a fault tells the later problem.
	// Round 189 (in a request or a change, staff's internal note of the work
	// done counts as the remedy the customer's next fault answers): styles25
	// 9 to 10, styles37 13 to 14, styles71 10 to 11, styles84 11 to 12,
	// styles104 10 to 11. And (a customer's state told new since a time or
	// since the work is a later fault, though it names no failure): styles6
	// 15 to 16, styles95 10 to 11 (its floor was 9), styles102 13 to 14,
	// styles107 11 to 12. Round 193 (an alert's reading against its bound
	// ranks above a title that only names the check): styles23 11 to 12
	// (its floor was 10), styles52 10 to 11 (was 9), styles56 15 to 16 (was
	// 13), styles64 12 to 13 (was 11), styles77 10 to 11 (was 9), styles99
	// 12 to 13. Round 195 (after a scene with no fault in words after it,
	// the next statement is the fault found): styles10 11 to 12, styles36 12
	// to 13 (its floor was 9), styles46 14 to 15 (was 12), styles90 11 to
	// 12, styles92 10 to 11. The model retrained after rounds 172-196 with
	// the cause threshold 0.35 (round 187): styles110 10 to 9. Its 03 (a
	// change) had quoted the labelled problem, "Care Team has 9 contacts
	// ... their My Plan page says "Your next box is empty" ...", as the cause
	// the team identified; the model no longer reads it as a cause, and the
	// summary quotes staff's "Yes, it's the swap" there instead.
	// styles115-118 were held out and scored once: 13 of 13, 14 of 15, 9 of
	// 11, 10 of 12 (docs/quality.md "styles115 to styles118: the first
	// scores").
	// styles119-122 were held out and scored once: 12 of 14, 13 of 15, 16
	// of 16, 9 of 12 (docs/quality.md "styles119 to styles122: the first
	// scores").
	// styles123-126 were held out and scored once: 12 of 15, 9 of 11, 12 of
	// 12, 11 of 13 (docs/quality.md "styles123 to styles126: the first
	// scores").
	// styles127-130 were held out and scored once: 13 of 14, 13 of 13, 10
	// of 11, 9 of 11 (docs/quality.md "styles127 to styles130: the first
	// scores").
	// styles131-134 were held out and scored once: 11 of 12, 11 of 13, 11
	// of 13, 11 of 11 (docs/quality.md "styles131 to styles134: the first
	// scores").
	// styles135-138 were held out and scored once: 13 of 14, 11 of 12, 10
	// of 12, 9 of 11 (docs/quality.md "styles135 to styles138: the first
	// scores").
	// styles139-142 were held out and scored once: 12 of 14, 11 of 13, 13
	// of 14, 11 of 13 (docs/quality.md "styles139 to styles142: the first
	// scores").
	// Round 226 (the problem quoted on the newest tuning writers): a change
	// staff opened and ran with no customer takes the fault staff noted
	// after the work (styles101 05, styles110 03, styles49 05), a negated
	// modal in staff's note is a failure, not a plan (styles120 11), "greyed
	// out" states a fault (styles101 07, styles120 12), a negation without
	// its apostrophe counts (styles34 15, styles79 08), "out of range" states
	// a fault (styles107 11), an alert's label over a bare count is no fault
	// in words (styles118 01, styles89 06), a change's reason field does not
	// stop the fault staff met after the work (styles118 03), "could not"
	// and "will not" state a fault (styles117 03, styles57 06), a call's
	// header with its line and time is no statement (styles114 10):
	// styles34 12 to 13, styles49 12 to 13, styles57 10 to 11, styles79 12
	// to 13, styles89 11 to 12, styles101 10 to 12, styles107 12 to 13,
	// styles110 9 to 10, styles114 12 to 13 (its floor was 10), styles117 9
	// to 10, styles118 10 to 12, styles120 13 to 15.
	floors := map[string]int{"styles": 30, "styles2": 25, "styles3": 20, "styles4": 13, "styles5": 19, "styles6": 16, "styles7": 17, "styles8": 17, "styles9": 14, "styles10": 12, "styles11": 13, "styles12": 15, "styles13": 14, "styles14": 14, "styles15": 14, "styles16": 14, "styles17": 15, "styles18": 12, "styles19": 11, "styles20": 14, "styles21": 12, "styles22": 11, "styles23": 12, "styles24": 11, "styles25": 10, "styles26": 11, "styles29": 12, "styles30": 13, "styles31": 13, "styles32": 13, "styles27": 11, "styles28": 13, "styles33": 13, "styles34": 13, "styles35": 9, "styles36": 13, "styles37": 14, "styles38": 10, "styles39": 12, "styles40": 11, "styles41": 13, "styles42": 12, "styles47": 9, "styles48": 13, "styles49": 13, "styles50": 8, "styles43": 13, "styles44": 14, "styles45": 11, "styles46": 15, "styles51": 11, "styles52": 11, "styles53": 12, "styles54": 12, "styles55": 10, "styles56": 16, "styles57": 11, "styles58": 15, "styles59": 12, "styles60": 12, "styles61": 12, "styles62": 12, "styles63": 9, "styles64": 13, "styles65": 11, "styles66": 11, "styles67": 12, "styles68": 13, "styles69": 12, "styles70": 13, "styles71": 11, "styles72": 8, "styles73": 12, "styles74": 12, "styles75": 11, "styles76": 11, "styles77": 11, "styles78": 7, "styles79": 13, "styles80": 10, "styles81": 10, "styles82": 12, "styles83": 9, "styles84": 12, "styles85": 13, "styles86": 13, "styles87": 9, "styles88": 13, "styles89": 12, "styles90": 12, "styles91": 10, "styles92": 11, "styles93": 8, "styles94": 10, "styles95": 11, "styles96": 12, "styles97": 11, "styles98": 9, "styles99": 13, "styles100": 11, "styles101": 12, "styles102": 14, "styles103": 11, "styles104": 11, "styles105": 11, "styles106": 9, "styles107": 13, "styles108": 9, "styles109": 13, "styles110": 10, "styles111": 12, "styles112": 14, "styles113": 12, "styles114": 13, "styles115": 13, "styles116": 14, "styles117": 10, "styles118": 12, "styles119": 12, "styles120": 15, "styles121": 16, "styles122": 9, "styles123": 12, "styles124": 9, "styles125": 12, "styles126": 11, "styles127": 13, "styles128": 13, "styles129": 10, "styles130": 9, "styles131": 11, "styles132": 11, "styles133": 11, "styles134": 11, "styles135": 13, "styles136": 11, "styles137": 10, "styles138": 9, "styles139": 12, "styles140": 11, "styles141": 13, "styles142": 11}
	misses := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("STYLES_MISSES"), ",") {
		misses[s] = true
	}
	claims := newClaimTally()
	validation := newClaimTally() // styles139-142, one count: their rows are never listed
	later, laterValidation := laterTally{}, laterTally{}
	absent := []string{"No message reports", "The ticket records no", "The ticket does not state", "no message", "nothing in the ticket"}
	// Under the race detector every fourth set only, each with its floor, and
	// the pooled claims unchecked: .ci/run runs the test in full without it.
	for si, set := range []string{"styles", "styles2", "styles3", "styles4", "styles5", "styles6", "styles7", "styles8", "styles9", "styles10", "styles11", "styles12", "styles13", "styles14", "styles15", "styles16", "styles17", "styles18", "styles19", "styles20", "styles21", "styles22", "styles23", "styles24", "styles25", "styles26", "styles29", "styles30", "styles31", "styles32", "styles27", "styles28", "styles33", "styles34", "styles35", "styles36", "styles37", "styles38", "styles39", "styles40", "styles41", "styles42", "styles47", "styles48", "styles49", "styles50", "styles43", "styles44", "styles45", "styles46", "styles51", "styles52", "styles53", "styles54", "styles55", "styles56", "styles57", "styles58", "styles59", "styles60", "styles61", "styles62", "styles63", "styles64", "styles65", "styles66", "styles67", "styles68", "styles69", "styles70", "styles71", "styles72", "styles73", "styles74", "styles75", "styles76", "styles77", "styles78", "styles79", "styles80", "styles81", "styles82", "styles83", "styles84", "styles85", "styles86", "styles87", "styles88", "styles89", "styles90", "styles91", "styles92", "styles93", "styles94", "styles95", "styles96", "styles97", "styles98", "styles99", "styles100", "styles101", "styles102", "styles103", "styles104", "styles105", "styles106", "styles107", "styles108", "styles109", "styles110", "styles111", "styles112", "styles113", "styles114", "styles115", "styles116", "styles117", "styles118", "styles119", "styles120", "styles121", "styles122", "styles123", "styles124", "styles125", "styles126", "styles127", "styles128", "styles129", "styles130", "styles131", "styles132", "styles133", "styles134", "styles135", "styles136", "styles137", "styles138", "styles139", "styles140", "styles141", "styles142"} {
		if raceEnabled && si%4 != 0 {
			continue
		}
		dir := filepath.Join("..", "reader", "testdata", set)
		problems, rows := stylesLabels(t, filepath.Join("..", "reader", "testdata", set+".labels"))
		with, quoted := 0, 0
		setClaims := newClaimTally()
		for file, sentences := range problems {
			tk, _, err := ticket.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			// The sets' writers name their organisations' SLAs, which the
			// examples' configuration does not define; the narrative is
			// what is read here, so the default SLA stands in.
			tk.SLA = ""
			res, err := e.Analyze(context.Background(), tk, Options{})
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			a := res.Analysis
			n := a.Narrative
			for _, s := range []string{n.Overview, n.Triage, n.Investigations, n.TechnicalQuality, n.Communication,
				n.RiskHandling, n.RootCause, n.ExecutiveSummary, n.BusinessImpact, n.Outcome} {
				for _, phrase := range absent {
					if strings.Contains(strings.ToLower(s), strings.ToLower(phrase)) {
						t.Errorf("%s %s: the narrative asserts an absence as fact (%q)", set, file, phrase)
					}
				}
			}
			claims.add(&a.Facts, rows[file])
			if tuningSet(set) {
				setClaims.add(&a.Facts, rows[file])
				later.add(&a.Facts, rows[file])
				if misses["later"] {
					// STYLES_MISSES=later lists the tuning sets' quoted
					// later problems with their labels (never a later set's).
					logLater(t, set+"/"+file, &a.Facts, rows[file])
				}
				if misses["claims"] {
					// STYLES_MISSES=claims lists every claim quoted, to diff two versions.
					logClaims(t, set+"/"+file, &a.Facts, rows[file])
				}
				if misses["restored"] {
					// STYLES_MISSES=restored lists the tuning sets' quoted
					// restorations not labelled so (never a later set's).
					logRestoredMiss(t, set+"/"+file, tk, &a.Facts, rows[file])
				}
			} else {
				validation.add(&a.Facts, rows[file])
				laterValidation.add(&a.Facts, rows[file])
			}
			if len(sentences) == 0 {
				continue
			}
			if misses["quotes"] && tuningSet(set) {
				// STYLES_MISSES=quotes,... lists every summary's problem quotes, to compare two versions.
				t.Logf("QUOTES %s/%s | %s | %s", set, file, quoteText(a.Facts.Problem, a.Facts.Opening), quoteText(a.Facts.LaterProblem, nil))
			}
			with++
			hit := slices.ContainsFunc(sentences, func(p string) bool { return quotes(n.ExecutiveSummary, p) })
			if hit {
				quoted++
			} else if (misses[set] || misses["all"]) && tuningSet(set) {
				// STYLES_MISSES=styles3,styles4 (or all) lists the misses to read.
				t.Logf("MISS %s/%s\n  problem: %s\n  later: %s\n  labelled: %q", set, file, quoteText(a.Facts.Problem, a.Facts.Opening), quoteText(a.Facts.LaterProblem, nil), sentences)
			}
		}
		t.Logf("%s: %d of %d executive summaries quote a sentence labelled as the reporter's problem", set, quoted, with)
		if tuningSet(set) {
			t.Logf("%s: claims %s", set, setClaims)
		}
		if quoted < floors[set] {
			t.Errorf("%s: %d executive summaries quote the reporter's problem, want at least %d", set, quoted, floors[set])
		}
	}
	t.Logf("styles139-142 (summed): claims %s", validation)
	t.Logf("tuning sets (summed): %s", later)
	t.Logf("styles139-142 (summed): %s", laterValidation)
	if raceEnabled {
		t.Log("race detector: every fourth set; the pooled claims are checked without it")
		return
	}
	claims.check(t)
}

// tuningSet reports whether set is a tuning set (styles to styles138), whose
// rows may be listed; the later sets are validation and held out.
func tuningSet(set string) bool {
	n, err := strconv.Atoi(strings.TrimPrefix(set, "styles"))
	return set == "styles" || err == nil && n <= 138
}

// logRestoredMiss logs the quoted restoration of f where it is not labelled
// restored: the quote, the labels of the quoted sentence, the ticket's
// labelled restorations and the sentences the reader read as restored.
func logRestoredMiss(t *testing.T, name string, tk *ticket.Ticket, f *analysis.Facts, rows []actRow) {
	t.Helper()
	q := f.Restored
	if q == nil || labelledAs(q, rows, "restored") {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "RESTORED-MISS %s %s %s %q [%s] type=%s", name, q.Event, q.Role, q.Text, q.Match, f.Type)
	for _, r := range quotedRows(q, rows) {
		fmt.Fprintf(&b, " labelled %s", r.acts)
	}
	if p := f.LaterProblem; p != nil {
		fmt.Fprintf(&b, "\n  later problem %s %s: %q", p.Event, p.Role, p.Text)
	}
	logLabelled(&b, rows, "restored")
	rd := reader.Read(tk, &reader.Options{})
	for _, m := range rd.Messages {
		for _, sn := range m.Sentences {
			if sn.Acts&reader.Restored != 0 {
				fmt.Fprintf(&b, "\n  read e%d %s %s: %q", m.Event+1, tk.Events[m.Event].Role, sn.Acts, sn.Text)
			}
		}
	}
	t.Log(b.String())
}

// quoteText is the text of a, or else of b, or "-" for neither.
func quoteText(a, b *analysis.Quote) string {
	if a != nil {
		return string(a.Role) + ": " + a.Text
	}
	if b != nil {
		return string(b.Role) + " (opening): " + b.Text
	}
	return "-"
}

// quotes reports whether summary quotes the labelled sentence p. A long
// quotation is shortened at a word, so its opening is enough; the summary
// quotes without a greeting or a form's label before the statement ("Hi all,",
// "Good day.", "Issue:"), so the opening after one counts too, and without its
// full stop.
func quotes(summary, p string) bool {
	starts := []int{0}
	if i := strings.Index(p, ": "); i > 0 && len(strings.Fields(p[:i])) <= 2 {
		starts = append(starts, i+2)
	}
	if i := strings.Index(p, ", "); i > 0 && len(strings.Fields(p[:i])) <= 2 {
		starts = append(starts, i+2)
	}
	if f := strings.Fields(p); len(f) > 2 && slices.Contains([]string{"hi", "hello", "hey", "dear"}, strings.ToLower(strings.Trim(f[0], ",!"))) {
		starts = append(starts, strings.Index(p, f[1]), strings.Index(p, f[2]))
	}
	// "Good day. I put on hold ...", "Good morning, the lift ...": a greeting of two words.
	if f := strings.Fields(p); len(f) > 3 && strings.EqualFold(f[0], "good") &&
		slices.Contains([]string{"day", "morning", "afternoon", "evening"}, strings.ToLower(strings.Trim(f[1], ",.!"))) {
		starts = append(starts, strings.Index(p, f[2]))
	}
	for _, k := range starts {
		// A quotation ends without the sentence's full stop ("… > 24h”).
		q := strings.TrimRight(strings.TrimSpace(p[k:]), ".!")
		if len(q) >= 20 && strings.Contains(summary, q[:min(len(q), 30)]) {
			return true
		}
	}
	return false
}

// stylesLabels reads a styles labels file once: every ticket file it names,
// with the sentences labelled as the reporter's problem (none for a ticket
// with no such row), and its labelled rows (actRow).
func stylesLabels(t *testing.T, name string) (map[string][]string, map[string][]actRow) {
	t.Helper()
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		t.Skip("no set at " + name)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	problems, rows := map[string][]string{}, map[string][]actRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if _, ok := problems[fs[0]]; !ok {
			problems[fs[0]] = nil
		}
		if len(fs) != 4 {
			continue // the ticket's type line
		}
		if hasAct(fs[2], "problem") {
			problems[fs[0]] = append(problems[fs[0]], fs[3])
		}
		if ev, err := strconv.Atoi(fs[1]); err == nil {
			rows[fs[0]] = append(rows[fs[0]], actRow{ev, fs[2], fs[3]})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return problems, rows
}
