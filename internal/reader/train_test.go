package reader

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
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
	rulesOnly = true // the examples do not depend on the model being trained
	defer func() { rulesOnly = false }()
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

// lr is the model being trained: a bias and weights per column (keep and add
// for each modelled act, as in model.txt).
type lr struct {
	bias [modelColumns]float64
	w    map[string]*[modelColumns]float64
}

const (
	trainEpochs = 40
	trainRate   = 0.2
	minDocFreq  = 2
)

// trainLR trains every column: for act k, column 2k on the examples the rules
// give the act (does it keep it?) and column 2k+1 on the others (is it added?),
// each by plain stochastic gradient descent in the examples' fixed order, so
// the same examples always give the same weights.
func trainLR(exs []example, lambda float64) *lr {
	m := &lr{w: map[string]*[modelColumns]float64{}}
	for k, a := range modelled {
		for part := range 2 {
			var sub []example
			for _, e := range exs {
				if (e.rule&a != 0) == (part == 0) {
					sub = append(sub, e)
				}
			}
			m.trainColumn(sub, 2*k+part, a, lambda)
		}
	}
	return m
}

func (m *lr) trainColumn(exs []example, col int, a Act, lambda float64) {
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
	w := make([]float64, len(names))
	bias := 0.0
	for range trainEpochs {
		for i, e := range exs {
			s := bias
			for _, j := range xs[i] {
				s += w[j]
			}
			y := 0.0
			if e.gold&a != 0 {
				y = 1
			}
			g := y - sigmoid(s)
			bias += trainRate * g
			for _, j := range xs[i] {
				w[j] += trainRate * (g - lambda*w[j])
			}
		}
	}
	m.bias[col] = bias
	for i, f := range names {
		ws := m.w[f]
		if ws == nil {
			ws = &[modelColumns]float64{}
			m.w[f] = ws
		}
		ws[col] = w[i]
	}
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (m *lr) score(feats []string) [modelColumns]float64 {
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
	s    [modelColumns]float64
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

// prf scores act k's decision with thresholds keep and add.
func prf(rows []scoredRow, k int, keep, add float64) (p, r, f1 float64) {
	var c counts
	a := modelled[k]
	for _, x := range rows {
		got := x.s[2*k+1] >= add
		if x.rule&a != 0 {
			got = x.s[2*k] >= keep
		}
		gold := x.gold&a != 0
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

// bestThresholds picks act k's keep and add thresholds (logits) with the
// highest cross-validated F1 among those whose cross-validated precision is no
// lower than the rules' own: a wrong act makes a report say something the
// ticket does not, so the model may raise recall only where it keeps precision.
// Ties go to the thresholds closest to the rules (veto least, add least).
func bestThresholds(rows []scoredRow, k int) (keep, add float64) {
	bestF := -1.0
	rp, _ := rulePRF(rows, modelled[k])
	keep, add = -6, 4
	for kt := -6.0; kt <= 2.0; kt += 0.25 {
		for at := 4.0; at >= -4.0; at -= 0.25 {
			if p, _, f := prf(rows, k, kt, at); p >= rp-1e-9 && f > bestF+1e-9 {
				keep, add, bestF = kt, at, f
			}
		}
	}
	return keep, add
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
	var ths [modelColumns]float64
	for _, lambda := range lambdas {
		rows := crossValidate(exs, lambda, 5)
		sum := 0.0
		var th [modelColumns]float64
		var b strings.Builder
		fmt.Fprintf(&b, "lambda %g, 5-fold cross-validation on dev:", lambda)
		for k, a := range modelled {
			th[2*k], th[2*k+1] = bestThresholds(rows, k)
			p, r, f := prf(rows, k, th[2*k], th[2*k+1])
			rp, rr := rulePRF(rows, a)
			sum += f
			fmt.Fprintf(&b, "\n  %-9s keep %+.2f add %+.2f: model P %.2f R %.2f F1 %.2f | rules alone P %.2f R %.2f", actNames[a], th[2*k], th[2*k+1], p, r, f, rp, rr)
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

func (m *lr) format(lambda float64, th [modelColumns]float64) string {
	var b strings.Builder
	var cols []string
	for _, a := range modelled {
		cols = append(cols, actNames[a]+".keep", actNames[a]+".add")
	}
	fmt.Fprintf(&b, "# reader model (model.go): logistic regressions, columns %s,\n", strings.Join(cols, " "))
	fmt.Fprintf(&b, "# trained on the dev labels by TestTrainModel (lambda %g, %d epochs); thresholds by 5-fold cross-validation on dev.\n", lambda, trainEpochs)
	line := func(name string, ws [modelColumns]float64) {
		b.WriteString(name)
		for _, w := range ws {
			fmt.Fprintf(&b, " %.3f", w)
		}
		b.WriteByte('\n')
	}
	line("=bias", m.bias)
	line("=threshold", th)
	keys := make([]string, 0, len(m.w))
	for f, w := range m.w {
		sum := 0.0
		for _, x := range w {
			sum += math.Abs(x)
		}
		if sum >= 0.05 { // the smallest weights are left out, to keep the file small
			keys = append(keys, f)
		}
	}
	slices.Sort(keys)
	for _, f := range keys {
		line(f, *m.w[f])
	}
	return b.String()
}
