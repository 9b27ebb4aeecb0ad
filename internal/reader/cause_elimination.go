package reader

// What a finding rules out is not the cause: "SFTP has the files, 2.1 MB
// each, so not empty." (styles5), "We're seeing the same error on other
// accounts using this connector, so it isn't specific to your setup."
// (styles18), "It isn't only your site, so it's not anything on your
// network." (styles21), "Router at the site is down too, so not just the
// receiver." (styles24), "The other 16 were last seen days before this, so
// not part of it." (styles43). The harm a cause did may be told negated
// after "so" with its verb ("so it was not heating the direct thermal
// media", styles2; "so it was not taken", styles6): the elimination has no
// verb after its "not".
//
// Written in round 37 (docs/quality.md, "Round 37").

// eliminated are the words after "so ... not" that make it an elimination:
// a limit ("just", "only"), "anything", a part or a scope ("part",
// "specific", "related", "empty"), or a determiner opening a noun ("the",
// "a", "your").
var eliminated = newWordSet(map[string]bool{"just": true, "only": true, "anything": true, "part": true, "specific": true,
	"related": true, "empty": true, "the": true, "a": true, "an": true, "our": true, "your": true, "their": true,
	"caused": true, "due": true, "linked": true, "connected": true, "limited": true, "local": true})

// eliminationAfterSo reports whether the last "so" of a sentence (not its
// first word) opens an elimination in the present: "not", "it's not", "it
// is not", "it isn't", "that's not" or "this isn't", then a word of
// eliminated. The past ("so it wasn't in the file sent to the stores",
// styles2) tells the harm.
func eliminationAfterSo(ts []string) bool {
	k := lastSo(ts)
	if k < 0 {
		return false
	}
	j := k + 1
	switch {
	case ts[j] == "not":
		j++
	case j+1 < len(ts) && (ts[j] == "it's" || ts[j] == "that's" || ts[j] == "its") && ts[j+1] == "not":
		j += 2
	case j+1 < len(ts) && (ts[j] == "it" || ts[j] == "this" || ts[j] == "that") && ts[j+1] == "isn't":
		j += 2
	case j+2 < len(ts) && (ts[j] == "it" || ts[j] == "this" || ts[j] == "that") && ts[j+1] == "is" && ts[j+2] == "not":
		j += 3
	default:
		return false
	}
	return j < len(ts) && eliminated.has(ts[j])
}

// lastSo returns the index of the last "so" of ts that is neither its first
// word nor its last, or -1: where a sentence turns to what follows from it.
func lastSo(ts []string) int {
	k := -1
	for j := 1; j+1 < len(ts); j++ {
		if ts[j] == "so" {
			k = j
		}
	}
	return k
}

// lastSoClause is lastSo without "so" as a degree ("so far", "so much", "so
// many", "so long"): the last "so" that opens a consequence.
func lastSoClause(ts []string) int {
	k := -1
	for j := 1; j+1 < len(ts); j++ {
		if ts[j] == "so" && !soDegree.has(ts[j+1]) {
			k = j
		}
	}
	return k
}

// soDegree are the words after which "so" is a degree, not a consequence.
var soDegree = newWordSet(map[string]bool{"far": true, "much": true, "many": true, "long": true})
