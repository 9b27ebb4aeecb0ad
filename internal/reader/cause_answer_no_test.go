package reader

import "testing"

func TestAnswerNo(t *testing.T) {
	checkPredicate(t, "answerNo", func(text string) bool {
		var buf [64]string
		return answerNo(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"No, tokens weren't revoked.", true},
		{"no - as long as a build was timestamped when it was signed, the signature stays valid after the cert expires.", true},
		{"On your question: no, residents are never enrolled automatically.", true},
		{"To your question: No – the export keeps the old codes.", true},
		// near misses: "no" as a determiner, a reason told, too short, a
		// "yes", "no" later in the sentence, a long lead before the colon
		{"No machine has auto-renewed since then; the first certs expired Sat 7 Feb.", false},
		{"No lights at all, so it's lost power, not the SIM.", false},
		{"No, it's because the certificate expired on Friday.", false},
		{"No, sorry.", false},
		{"Yes, last night's firmware update 4.2.1 caused this.", false},
		{"The answer is no, residents are never enrolled automatically.", false},
		{"On your question about the export that failed on Monday night: no, the codes are kept.", false},
	})
}
