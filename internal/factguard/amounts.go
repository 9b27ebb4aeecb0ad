package factguard

import (
	"fmt"
	"strings"
)

var (
	percentRE = mustFast(`(?i)\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)`)
	moneyRE   = mustFast(`(?i)(?:\b(GBP|USD|EUR|CHF)|([£$€]))\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(k|thousand)\b)?|\b(\d[\d,]*(?:\.\d+)?)\s?(?:(k|thousand)\s+)?(GBP|USD|EUR|CHF|pounds|dollars|euros)\b`)
)

func (c *checker) scanPercents() {
	for _, m := range percentRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		var v float64
		fmt.Sscan(c.text[m[2]:m[3]], &v)
		tol := 1.0
		if strings.Contains(c.text[m[2]:m[3]], ".") {
			tol = 0.15
		}
		ok := false
		for _, p := range c.f.percents {
			if v > p-tol && v < p+tol {
				ok = true
			}
		}
		if !ok {
			c.problem(KindPercent, m[0], m[1], "no computed percentage is %s; state only percentages that follow from the facts (or none)", c.text[m[0]:m[1]])
		}
	}
}

func (c *checker) scanMoney() {
	f := c.f
	for _, m := range moneyRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		num, mult := m[6:8], m[8:10]
		if m[6] < 0 {
			num, mult = m[10:12], m[12:14]
		}
		var v float64
		fmt.Sscan(strings.ReplaceAll(c.text[num[0]:num[1]], ",", ""), &v)
		if mult[0] >= 0 {
			v *= 1000
		}
		ok := false
		for _, amt := range f.money {
			tol := 0.5
			if mult[0] >= 0 {
				tol = 50 // "GBP 1.2k"
			}
			if v > float64(amt)-tol-1 && v < float64(amt)+tol+1 {
				ok = true
			}
		}
		if !ok {
			if len(f.money) == 0 {
				c.problem(KindNumber, m[0], m[1], "no cost of downtime is configured for this ticket; state no amount")
				continue
			}
			c.problem(KindNumber, m[0], m[1], "the computed cost of downtime is %s %d (%s %d per hour)", f.currency, f.money[0], f.currency, f.money[1])
		}
	}
}
