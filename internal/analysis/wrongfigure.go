package analysis

import "regexp"

// wrongFigure is a figure a system shows set against the one meant, after a
// comma: "Ashcombe is showing 40 per slot, not 25" (styles64 64-17), "the
// block is showing at £440 on the website, not £400" (styles74 KS-40290),
// "coming out at 14 days x day rate, not the 3-day week you agreed" (styles67
// GT-30602). Its "not" is no bare denial (faultRank's weaker negation) but a
// wrong value, a fault stated in words: the two later messages were read as
// stating none, so the reports lost the problem met after the work. A verb
// of showing comes first, so a request's "make it 25 per slot, not 40" and
// a plan's "9 days ahead instead of 7" stay out.
var wrongFigure = regexp.MustCompile(`\b(?:show(?:s|ing|ed)?|coming out|comes out|came out|charg(?:es|ed|ing)|priced|says|saying|reads|reading|gives|giving|displays|displaying)\b[^,;.]{0,60}[£$€]?\d[^,;]{0,40}, not (?:the )?[£$€]?\d`)
