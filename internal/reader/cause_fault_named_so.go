package reader

// Round 256: a sentence that opens by naming the fault ("the issue is that
// ...", "this issue related to ...") keeps its cause when "so" then leaves
// work to the reader.
//
// Round 49 refused a cause before "so" and work left to people ("... were not
// saved with a premium, so please run them again.", styles12;
// workLeftAfterSo): there the harm is told and the reader is asked to repair
// it. Staff of the Mendeley sample write the cause itself first, named as the
// fault, then what the customer must do about it, and label the row a cause
// (tuning splits, two staff rows of two tickets):
//   - "greetings kindly note that the issue is that the core bank system
//     sends the name with double caution so please ask your core bank system
//     provider to avoid sending the name with (double caution)" (dev 1008625
//     6.0);
//   - "this issue related to the customer registration were this customer
//     registered without id issuing country in ph_technical so you have to
//     close the customer first then register the customer and account with
//     correct values ." (dev 1006527 4.1, the copula left out).
//
// faultNamedFirst reads, after a notice's lead (noticeLeadEnd: "kindly note
// that", "greetings"), "the" or "this", a fault's noun (issue, problem,
// error, cause, reason), then "is", "was" or "related"/"relates" with no
// negation after it. It only lifts workLeftAfterSo's refusal: a cause must
// still be read by a cause rule.

// faultNamedNouns are the nouns that name the fault a sentence opens on.
var faultNamedNouns = wordSetOf("issue", "problem", "error", "cause", "reason")

// faultNamedFirst reports whether a sentence opens by naming the fault: "the
// issue is that", "this problem was", "this issue related to".
func faultNamedFirst(ts []string) bool {
	i := noticeLeadEnd(ts)
	if i+3 >= len(ts) || ts[i] != "the" && ts[i] != "this" || !faultNamedNouns.has(ts[i+1]) {
		return false
	}
	switch ts[i+2] {
	case "is", "was":
		return ts[i+3] != "not" && ts[i+3] != "no" && ts[i+3] != "never"
	case "related", "relates":
		return ts[i+3] == "to"
	}
	return false
}
