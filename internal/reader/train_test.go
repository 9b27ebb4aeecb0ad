package reader

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

var train = flag.Bool("train", false, "retrain the model on the dev labels and rewrite model.txt")

// example is one labelled row of a dev ticket: its features and its acts.
type example struct {
	ticket int
	feats  []string
	rule   Act
	gold   Act
}

// devExamples turns the dev part's rows into examples. Rows of automatic
// messages are left out: Read makes them AutoAck whatever the model says.
func devExamples(t *testing.T) []example {
	l := loadLabels(t)
	sample := readSample(t, l.tickets)
	var out []example
	var buf [64]string
	var sc scan
	n := 0
	for _, id := range l.order {
		lt := l.tickets[id]
		if lt.split != "dev" {
			continue
		}
		n++
		tk, spans := buildTicket(id, sample[id])
		rd := Read(tk, nil)
		for _, sp := range spans {
			m := &rd.Messages[sp.event]
			if m.Automatic || !hasWord(sp.text) || l.authors[sp.author] != 0 {
				continue
			}
			e := &tk.Events[m.Event]
			c := Context{Role: e.Role, Public: e.Public, Opening: rd.Opening == sp.event}
			ts := tokens(sp.text, buf[:0])
			rule := classifyRules(sp.text, newScan(ts, &sc), c)
			ex := example{ticket: n, rule: rule, gold: lt.rows[sp.key]}
			seen := map[string]bool{}
			features(ts, rule, c, func(_ uint64, kind, a, b string) {
				f := featureName(kind, a, b)
				if !seen[f] {
					seen[f] = true
					ex.feats = append(ex.feats, f)
				}
			})
			out = append(out, ex)
		}
	}
	return out
}

// lr is a logistic regression per modelled act, trained by plain gradient
// descent in a fixed order: the same examples give the same weights.
type lr struct {
	bias [3]float64
	w    map[string][3]float64
}

const (
	trainEpochs = 40
	trainRate   = 0.2
	minDocFreq  = 2
)

func trainLR(exs []example, lambda float64) *lr {
	df := map[string]int{}
	for _, e := range exs {
		for _, f := range e.feats {
			df[f]++
		}
	}
	var names []string
	for f, n := range df {
		if n >= minDocFreq || !strings.HasPrefix(f, "w:") && !strings.HasPrefix(f, "b:") {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	xs := make([][]int, len(exs))
	for i, e := range exs {
		for _, f := range e.feats {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
	}
	w := make([][3]float64, len(names))
	var bias [3]float64
	for range trainEpochs {
		for i, e := range exs {
			s := bias
			for _, j := range xs[i] {
				for k := range s {
					s[k] += w[j][k]
				}
			}
			for k, a := range modelled {
				y := 0.0
				if e.gold&a != 0 {
					y = 1
				}
				g := y - sigmoid(s[k])
				bias[k] += trainRate * g
				for _, j := range xs[i] {
					w[j][k] += trainRate * (g - lambda*w[j][k])
				}
			}
		}
	}
	m := &lr{bias: bias, w: make(map[string][3]float64, len(names))}
	for i, f := range names {
		m.w[f] = w[i]
	}
	return m
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (m *lr) score(feats []string) [3]float64 {
	s := m.bias
	for _, f := range feats {
		if w, ok := m.w[f]; ok {
			for k := range s {
				s[k] += w[k]
			}
		}
	}
	return s
}

type scoredRow struct {
	s    [3]float64
	rule Act
	gold Act
}

// crossValidate scores every dev example by a model trained on the other folds
// (by ticket).
func crossValidate(exs []example, lambda float64, folds int) []scoredRow {
	out := make([]scoredRow, 0, len(exs))
	for f := range folds {
		var tr, te []example
		for _, e := range exs {
			if e.ticket%folds == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		m := trainLR(tr, lambda)
		for _, e := range te {
			out = append(out, scoredRow{s: m.score(e.feats), rule: e.rule, gold: e.gold})
		}
	}
	return out
}

func prf(rows []scoredRow, k int, th float64) (p, r, f1 float64) {
	var c counts
	a := modelled[k]
	for _, x := range rows {
		got, gold := x.s[k] >= th, x.gold&a != 0
		switch {
		case got && gold:
			c.tp++
		case got:
			c.fp++
		case gold:
			c.fn++
		}
	}
	p, r = c.precision(), c.recall()
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func rulePRF(rows []scoredRow, a Act) (p, r float64) {
	var c counts
	for _, x := range rows {
		tally(map[Act]*counts{a: &c}, x.rule&a, x.gold&a)
	}
	return c.precision(), c.recall()
}

// bestThreshold picks the logit threshold with the highest cross-validated F1.
func bestThreshold(rows []scoredRow, k int) float64 {
	best, bestF := 0.0, -1.0
	for th := -6.0; th <= 3.0; th += 0.25 {
		if _, _, f := prf(rows, k, th); f > bestF+1e-9 {
			best, bestF = th, f
		}
	}
	return best
}

var lambdas = []float64{0.0003, 0.001, 0.003, 0.01}

// TestTrainModel cross-validates the model on the dev part (5 folds by ticket),
// picks the regularisation and thresholds, and checks that model.txt is what
// training on all of dev gives (-train rewrites it). It reads no held-out row.
func TestTrainModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	exs := devExamples(t)
	bestL, bestSum := 0.0, -1.0
	var ths [3]float64
	for _, lambda := range lambdas {
		rows := crossValidate(exs, lambda, 5)
		sum := 0.0
		var th [3]float64
		var b strings.Builder
		fmt.Fprintf(&b, "lambda %g, 5-fold cross-validation on dev:", lambda)
		for k, a := range modelled {
			th[k] = bestThreshold(rows, k)
			p, r, f := prf(rows, k, th[k])
			rp, rr := rulePRF(rows, a)
			sum += f
			fmt.Fprintf(&b, "\n  %-9s threshold %+.2f model P %.2f R %.2f F1 %.2f | rules P %.2f R %.2f", actNames[a], th[k], p, r, f, rp, rr)
		}
		t.Log(b.String())
		if sum > bestSum+1e-9 {
			bestL, bestSum, ths = lambda, sum, th
		}
	}
	m := trainLR(exs, bestL)
	text := m.format(bestL, ths)
	if *train {
		if err := os.WriteFile("model.txt", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if modelText != text {
		t.Errorf("model.txt is not what training on the dev labels gives: run go test ./internal/reader -run TestTrainModel -train")
	}
}

func (m *lr) format(lambda float64, th [3]float64) string {
	var b strings.Builder
	names := make([]string, 0, len(modelled))
	for _, a := range modelled {
		names = append(names, actNames[a])
	}
	fmt.Fprintf(&b, "# reader model: logistic regression per act (%s), trained on the dev labels\n", strings.Join(names, ", "))
	fmt.Fprintf(&b, "# by TestTrainModel (lambda %g, %d epochs); thresholds by 5-fold cross-validation on dev.\n", lambda, trainEpochs)
	line := func(name string, ws [3]float64) {
		fmt.Fprintf(&b, "%s", name)
		for _, w := range ws {
			fmt.Fprintf(&b, " %.3f", w)
		}
		b.WriteByte('\n')
	}
	line("=bias", m.bias)
	line("=threshold", th)
	keys := make([]string, 0, len(m.w))
	for f, w := range m.w {
		if math.Abs(w[0])+math.Abs(w[1])+math.Abs(w[2]) >= 0.01 {
			keys = append(keys, f)
		}
	}
	slices.Sort(keys)
	for _, f := range keys {
		line(f, m.w[f])
	}
	return b.String()
}

var _ = ticket.RoleAgent
