package factguard

import (
	"fmt"
	"strings"
)

// scanNumbers checks the numbers no other rule read: each must be one the
// facts or the ticket contain.
func (c *checker) scanNumbers() {
	for _, m := range bareRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		s := strings.ToLower(c.text[m[2]:m[3]])
		var n int64
		if v, ok := numberWords[s]; ok {
			n = int64(v)
		} else {
			var fv float64
			fmt.Sscan(strings.ReplaceAll(s, ",", ""), &fv)
			n = int64(fv)
			if float64(n) != fv {
				c.problem(KindNumber, m[0], m[1], "this number is not in the facts or the ticket")
				continue
			}
		}
		if !c.f.numbers[n] {
			c.problem(KindNumber, m[0], m[1], "this number is not in the facts or the ticket; state only computed numbers")
		}
	}
}
