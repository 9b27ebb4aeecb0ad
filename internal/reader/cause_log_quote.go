package reader

import "strings"

// Round 54's refusal: a log line whose fault is only in what it quotes.
//
// Staff paste a log's or a report's line after a label and a colon, and
// the words of a fault stand inside the quotation: "Event log on the
// collector: \"OpcUa session rejected: BadCertificateTimeInvalid
// (10.40.2.15)\" repeating since 02:41." (styles55,
// 01-eaf2-historian-collector), "Sync log has 403s from ops.epo.org from the
// very first request: \"This request has been rejected due to the violation
// of Fair Use policy\"." (styles57, 01-epo-sync-quota), "lmgrd log on
// pvlic01 since 23:12: \"Clock difference too large ...\"" (styles57,
// 15-grid-licence-clock), "Upload service log: 6 x \"413 payload too
// large\" for Kingsmead" (styles62, 15-claims-stuck-awaiting-docs), "BACS
// ARUCS report 29/05: returned \"account does not exist\"." (styles62,
// 10-pension-not-paid), "Mail relay log: reset emails ... deferred since
// 05:00, \"421 rate limited\"." (styles2, 23-portal-password-reset-emails),
// "Lock server event log: 'Database file is full'." (styles3,
// 25-keycards-not-encoding). The quotation is the symptom the log recorded;
// the labellers count the cause where staff tell it in their own words. A
// log line whose own words, outside the quotation, read as a cause is left
// to the rules, and so is a line that tells outside the quotation that
// something was turned away ("Ingest log: subs sidecar for NNS-140525
// rejected 23:58, 'cue start before programme start'", styles7; "RF server
// logs for Fenland: token rejected, 'iat in the future' ...", styles13):
// the quotation is then the refusal's reason, round 16's cause. A vendor's
// explanation quoted after a label that is no log ("Payfern update 21:22:
// \"The delay was caused by ...\"", styles53) is left to the rules too.
//
// Written in round 54 (docs/quality.md, "Round 54").

// logLabels are the words of a label that heads a log's line.
var logLabels = newWordSet(map[string]bool{"log": true, "logs": true, "report": true})

// quotedLogLine reports whether a sentence is a log's line (a label of at
// most twelve words with "log", "logs" or "report", not the writer's "I"
// or "we", then a colon) with a quotation after the colon, no word of a
// refusal outside the quotation, and the cause rules read no cause in it
// once its quotations are left out.
func quotedLogLine(text string) bool {
	colon := strings.IndexByte(text, ':')
	if colon < 0 || !hasQuoteMark(text[colon:]) {
		return false
	}
	var buf [16]string
	head := tokens(text[:colon], buf[:0])
	if len(head) == 0 || len(head) > 12 || head[0] == "i" || head[0] == "we" {
		return false
	}
	label := false
	for _, t := range head {
		label = label || logLabels.has(t)
	}
	if !label {
		return false
	}
	rest, quoted := withoutQuotes(text[colon+1:])
	if !quoted {
		return false
	}
	bare := text[:colon+1] + rest
	var sc scan
	v := sentenceView{text: bare, sc: newScan(tokens(bare, nil), &sc), staff: true}
	for _, t := range v.sc.ts {
		if refusalWords.has(t) {
			return false // round 16's refusal with its quoted reason ("... refused 22:40, \"supplier VAT number missing\"")
		}
	}
	return firstCauseBy(&v) == ""
}

// refusalWords tell, outside the quotation, that something was turned away:
// the quotation is then its reason, a cause (round 16, cause_change.go).
var refusalWords = newWordSet(map[string]bool{"rejected": true, "rejects": true, "refused": true, "refuses": true, "denied": true,
	"denies": true, "declined": true, "declines": true, "bounced": true, "blocked": true, "failed": true, "failing": true})

// withoutQuotes returns s with each quotation (in double quotes, curly
// quotes, or single quotes that open after a space, a colon or a bracket)
// left out, and whether it had one that closed.
func withoutQuotes(s string) (string, bool) {
	var b strings.Builder
	var open rune
	had := false
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case open == 0 && (r == '"' || r == '“' || r == '\'' && (i == 0 || strings.ContainsRune(" (:", rs[i-1]))):
			open, had = r, true
			b.WriteString(" ")
		case open == '"' && r == '"', open == '“' && r == '”',
			open == '\'' && r == '\'' && (i+1 == len(rs) || !isLetter(rs[i+1])):
			open = 0
		case open == 0:
			b.WriteRune(r)
		}
	}
	return b.String(), had && open == 0
}

// isLetter reports whether r is an ASCII letter or digit.
func isLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}
