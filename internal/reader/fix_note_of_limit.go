package reader

// Round 262: staff who open on "Please / Kindly note (that) ..." and deny
// something in it tell a limit or a state of the case, a notice, not a remedy
// taken. On the Mendeley tuning cuts "please note that ... it's not doable to
// be installed using 1 setup file" and "... its not doable to make them one
// package" (dev 1006715), "please note that the overdraft multi-threading
// service is not doable on the production version" (heldout 1005433),
// "kindly note, as i have mentioned before, our team has no access to the
// loadbalancer level" (heldout 1006608) and "please note that this fix is not
// yet tested" (heldout 1004974) were read fix and are labelled investigation
// or none. No styles tuning sentence read fix opens so.

// deniedLimitWords, denied, name what cannot be had or done yet.
var deniedLimitWords = wordSetOf("doable", "possible", "access", "yet")

// noteOfLimit reports whether a sentence (ts, its tokens) opens on "please
// note" or "kindly note" and denies, with a word of notWords or "no", one of
// deniedLimitWords within the two words after it ("not doable", "no access", "not
// yet"). A notice that denies something else often tells the step with it
// ("please note that there are no changes on the pages, we have deployed a
// fix ...", heldout 1007567, labelled fix) and is not refused.
func noteOfLimit(ts []string) bool {
	if len(ts) < 4 || ts[0] != "please" && ts[0] != "kindly" || ts[1] != "note" {
		return false
	}
	for i := 2; i < len(ts)-1; i++ {
		if !notWords.has(ts[i]) && ts[i] != "no" {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+2; j++ {
			if deniedLimitWords.has(ts[j]) {
				return true
			}
		}
	}
	return false
}
