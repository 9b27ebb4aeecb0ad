package reader

import (
	"flag"
	"fmt"
	"maps"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// The learned veto's study (docs/quality.md, "Round 221"): a logistic
// regression whose rows are the sentences Read (the rules and the model as
// shipped) reads as a cause, its target whether the sentence is a labelled
// cause; a cause whose probability falls below a threshold would be taken
// back. Evaluated leave-set-out on the tuning sets only (styles to styles122,
// Mendeley dev/heldout/fresh, the postmortems; never styles123 on, never
// fresh2): one fold per set, the threshold of each fold chosen on the other
// folds' rows, nested (their probabilities from inner folds that never saw
// the outer set), and the pure test (trained on the sets the shipped model
// is trained on, scored once on styles111-122).
var (
	vetoStudy     = flag.Bool("vetostudy", false, "run the learned cause veto's leave-set-out study (minutes; docs/quality.md, round 221)")
	vetoStudyJobs = flag.Int("vetostudyjobs", 2, "trainings run at once by -vetostudy")
	vetoStudyCfgs = flag.String("vetostudycfgs", "", "the -vetostudy configurations to run, comma-separated names (default all)")
	vetoStudyRows = flag.String("vetostudyrows", "", "-vetostudy: CONFIG@T lists the rows of styles107-122 (tuning) the configuration's out-of-fold veto takes back below T")
)

// vetoNotTuning are the styles sets the study must never load: validation
// (styles123-126) and the held-out sets after them.
var vetoNotTuning = regexp.MustCompile(`^styles(12[3-9]|1[3-9][0-9])$`)

// vetoNewest are the newest tuning writers, styles107-122.
var vetoNewest = regexp.MustCompile(`^styles(10[7-9]|11[0-9]|12[0-2])$`)

// vetoSeenNewest are the shipped model's sixteen newest sets, styles95-110.
var vetoSeenNewest = regexp.MustCompile(`^styles(9[5-9]|10[0-9]|110)$`)

// vetoUnseenTuning are the tuning sets the shipped model never saw, styles111-122.
var vetoUnseenTuning = regexp.MustCompile(`^styles(11[1-9]|12[0-2])$`)

// loadVetoData loads every tuning set: the shipped model's (loadModelData)
// and modelUnseen's tuning sets, styles111-122.
func loadVetoData(t *testing.T) *mData {
	d := loadModelData(t, false)
	for _, set := range stylesSets {
		if vetoNotTuning.MatchString(set) {
			continue
		}
		if slices.Contains(modelUnseen, set) {
			loadStylesData(t, d, set)
		}
	}
	for i := range d.sents {
		if vetoNotTuning.MatchString(d.sents[i].group) {
			t.Fatalf("%s loaded", d.sents[i].group)
		}
	}
	return d
}

// vetoConfig is one variant of the veto's features.
type vetoConfig struct {
	name   string
	words  bool    // the sentence's words, hashed as the model's
	ctx    bool    // the context pseudo-words (vetoContext)
	source bool    // the rule that read the cause, or "model"
	prob   bool    // the shipped model's cause probability, in tenths
	lambda float64 // L2
}

// vetoConfigs are the variants; "all (primary)" is the one the decision is
// taken on, named before any result was seen.
var vetoConfigs = []vetoConfig{
	{name: "fixed", lambda: 1e-3},
	{name: "fixed+words", words: true, lambda: 1e-3},
	{name: "fixed+ctx+source", ctx: true, source: true, lambda: 1e-3},
	{name: "all (primary)", words: true, ctx: true, source: true, lambda: 1e-3},
	{name: "all l=1e-2", words: true, ctx: true, source: true, lambda: 1e-2},
	{name: "all+prob", words: true, ctx: true, source: true, prob: true, lambda: 1e-3},
}

// shippedCauseLogit is the shipped model's cause score of s (modelAdd's sum,
// whatever the rules read).
func shippedCauseLogit(s *mSent) float64 {
	var z [len(modelActs)]float64
	for _, k := range s.feats {
		z[0] += modelFixed[0][k]
	}
	for _, w := range s.words {
		modelSlotWeights(&z, modelWordSlot(fnv32(w)))
	}
	return z[0]
}

// vetoTicket indexes a ticket's sentences by message, for vetoContext.
type vetoTicket struct {
	sents []int // d.sents' indices, in order
}

// vetoStop are words too common to tell two sentences speak of one thing.
var vetoStop = wordSetOf("the", "and", "that", "this", "with", "from", "have", "been", "were", "will", "your",
	"they", "them", "their", "there", "what", "which", "when", "then", "than", "into", "onto", "just", "also", "only",
	"about", "after", "before", "still", "some", "more", "because", "would", "could", "should", "does", "didn't", "it's",
	"we've", "we're", "you're", "i've", "here", "over", "other", "thanks", "please", "hi", "regards")

// vetoNeg are the negations of a later sentence that may set a cause aside.
var vetoNeg = wordSetOf("not", "no", "never", "wasn't", "isn't", "didn't", "doesn't", "don't", "nothing", "unrelated", "ruled", "wasnt", "isnt")

func vetoContent(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if len(w) >= 4 && !vetoStop.has(w) {
			m[w] = true
		}
	}
	return m
}

// vetoContext returns the context pseudo-words of the sentence i of the
// ticket tk: its neighbours' acts (as Read gives them, the model's
// included) and word classes, a fix or restoration after it in its message
// or later, the causes of the ticket and of its message and where it stands
// among them, a later customer's problem, and a later staff sentence that
// shares two content words with it, with a negation or not.
func vetoContext(d *mData, tk *vetoTicket, pos int, source bool, prob bool) []string {
	i := tk.sents[pos]
	s := &d.sents[i]
	var out []string
	add := func(w string) { out = append(out, "\x00veto:"+w) }
	classes := func(f []int32) uint16 {
		var c uint16
		for _, k := range f {
			if k >= fClass && k < fClass+16 {
				c |= 1 << (k - fClass)
			}
		}
		return c
	}
	acts := func(a Act, p string) {
		for b := uint16(a); b != 0; b &= b - 1 {
			add(fmt.Sprintf("%s%d", p, bitsTrailing(b)))
		}
	}
	if pos > 0 && d.sents[tk.sents[pos-1]].msg == s.msg {
		p := &d.sents[tk.sents[pos-1]]
		acts(p.read, "pread")
		for c := classes(p.feats); c != 0; c &= c - 1 {
			add(fmt.Sprintf("pcls%d", bitsTrailing(c)))
		}
	} else {
		add("nopre")
	}
	if pos+1 < len(tk.sents) && d.sents[tk.sents[pos+1]].msg == s.msg {
		n := &d.sents[tk.sents[pos+1]]
		acts(n.read, "nread")
		for c := classes(n.feats); c != 0; c &= c - 1 {
			add(fmt.Sprintf("ncls%d", bitsTrailing(c)))
		}
	} else {
		add("nonext")
	}
	var nCause, before, msgCause int
	var fixAfter, restAfter, causeBeforeMsg, causeAfterMsg, laterCause, earlierCause, laterFix, laterRest, laterProblem, overlap, overlapNeg bool
	mine := vetoContent(s.words)
	for q, j := range tk.sents {
		o := &d.sents[j]
		if o.read&Cause != 0 {
			nCause++
			if q < pos {
				before++
			}
			if o.msg == s.msg && q != pos {
				msgCause++
			}
		}
		switch {
		case o.msg == s.msg && q > pos:
			fixAfter = fixAfter || o.read&Fix != 0
			restAfter = restAfter || o.read&Restored != 0
			causeAfterMsg = causeAfterMsg || o.read&Cause != 0
		case o.msg == s.msg && q < pos:
			causeBeforeMsg = causeBeforeMsg || o.read&Cause != 0
		case o.msg < s.msg:
			earlierCause = earlierCause || o.read&Cause != 0
		case o.msg > s.msg:
			if o.role == ticket.RoleCustomer {
				laterProblem = laterProblem || o.read&Problem != 0
				continue
			}
			laterCause = laterCause || o.read&Cause != 0
			laterFix = laterFix || o.read&Fix != 0
			laterRest = laterRest || o.read&Restored != 0
			shared := 0
			for _, w := range o.words {
				if mine[w] {
					shared++
				}
			}
			if shared >= 2 {
				overlap = true
				for _, w := range o.words {
					if vetoNeg.has(w) {
						overlapNeg = true
					}
				}
			}
		}
	}
	flags := []struct {
		on   bool
		name string
	}{{fixAfter, "fixafter"}, {restAfter, "restafter"}, {causeBeforeMsg, "causebeforemsg"}, {causeAfterMsg, "causeaftermsg"},
		{earlierCause, "earliercause"}, {laterCause, "latercause"}, {laterFix, "laterfix"}, {laterRest, "laterrest"},
		{laterProblem, "laterproblem"}, {overlap, "overlap"}, {overlapNeg, "overlapneg"}}
	for _, f := range flags {
		if f.on {
			add(f.name)
		}
	}
	add(fmt.Sprintf("ncause%d", min(nCause, 5)))
	add(fmt.Sprintf("causeidx%d", min(before, 3)))
	add(fmt.Sprintf("msgcause%d", min(msgCause, 3)))
	if source {
		if s.rules&Cause == 0 {
			add("src:model")
		} else {
			add("src:" + s.causeRule)
		}
	}
	if prob {
		p := 1 / (1 + math.Exp(-shippedCauseLogit(s)))
		add(fmt.Sprintf("prob%d", min(int(p*10), 9)))
	}
	return out
}

func bitsTrailing(b uint16) int { return bits.TrailingZeros16(b) }

// vetoRows are the sentences Read reads as a cause, outside automatic
// messages: the veto's rows.
func vetoRows(d *mData) []int {
	var out []int
	for i := range d.sents {
		if s := &d.sents[i]; !s.auto && s.read&Cause != 0 {
			out = append(out, i)
		}
	}
	return out
}

// vetoFeatures are the veto's features of each of rows (by index in rows).
func vetoFeatures(d *mData, rows []int, cfg vetoConfig) [][]int32 {
	tks := map[string]*vetoTicket{}
	where := map[int]int{}
	for i := range d.sents {
		s := &d.sents[i]
		tk := tks[s.tk]
		if tk == nil {
			tk = &vetoTicket{}
			tks[s.tk] = tk
		}
		where[i] = len(tk.sents)
		tk.sents = append(tk.sents, i)
	}
	out := make([][]int32, len(rows))
	for r, i := range rows {
		s := &d.sents[i]
		f := slices.Clone(s.feats)
		var ws []string
		if cfg.words {
			ws = append(ws, s.words...)
		}
		if cfg.ctx || cfg.source || cfg.prob {
			ctx := vetoContext(d, tks[s.tk], where[i], cfg.source, cfg.prob)
			if !cfg.ctx {
				ctx = slices.DeleteFunc(ctx, func(w string) bool {
					return !strings.HasPrefix(w, "\x00veto:src:") && !strings.HasPrefix(w, "\x00veto:prob")
				})
			}
			ws = append(ws, ctx...)
		}
		for _, w := range ws {
			f = append(f, int32(fWords+int(modelWordSlot(fnv32(w)))))
		}
		out[r] = f
	}
	return out
}

// vetoJob trains on the rows of the groups in and writes the probabilities
// of the rows of the groups out to p.
type vetoJob struct {
	in, out map[string]bool
	p       []float64
}

func vetoRun(d *mData, rows []int, feats [][]int32, lambda float64, jobs []vetoJob) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, *vetoStudyJobs))
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			var xs [][]int32
			var ys []bool
			for r, i := range rows {
				if s := &d.sents[i]; j.in[s.group] {
					xs = append(xs, feats[r])
					ys = append(ys, s.gold&Cause != 0)
				}
			}
			w := train(xs, ys, lambda)
			for r, i := range rows {
				if j.out[d.sents[i].group] {
					j.p[r] = w.prob(feats[r])
				}
			}
		}()
	}
	wg.Wait()
}

// vetoGrid are the thresholds tried: a cause whose probability is below
// one is taken back; 0 takes none back.
var vetoGrid = func() []float64 {
	g := []float64{0}
	for t := 0.05; t < 0.96; t += 0.05 {
		g = append(g, math.Round(t*100)/100)
	}
	return g
}()

// vetoRowView is one labelled row as the veto sees it: whether Read reads a
// cause in it, the highest veto probability of its cause sentences (+Inf
// where one of them is not the veto's: an automatic message's), its gold.
type vetoRowView struct {
	group string
	gold  bool
	cause bool
	sents []int // indices into the veto's rows
	fixed bool  // a cause sentence the veto does not weigh
}

func vetoRowViews(d *mData, rows []int) []vetoRowView {
	at := map[int]int{}
	for r, i := range rows {
		at[i] = r
	}
	var out []vetoRowView
	for k := range d.rows {
		row := &d.rows[k]
		v := vetoRowView{group: row.group, gold: row.gold&Cause != 0}
		for _, i := range row.sents {
			if d.sents[i].read&Cause == 0 {
				continue
			}
			v.cause = true
			if r, ok := at[i]; ok {
				v.sents = append(v.sents, r)
			} else {
				v.fixed = true
			}
		}
		if v.cause || v.gold {
			out = append(out, v)
		}
	}
	return out
}

// vetoCounts are the cause counts of the rows in, at each threshold of
// vetoGrid, with the rows' probabilities p.
func vetoCounts(views []vetoRowView, p []float64, in func(string) bool) []counts {
	c := make([]counts, len(vetoGrid))
	for _, v := range views {
		if !in(v.group) {
			continue
		}
		best := math.Inf(-1)
		if v.fixed {
			best = math.Inf(1)
		}
		for _, r := range v.sents {
			best = math.Max(best, p[r])
		}
		for j, t := range vetoGrid {
			got := v.cause && best >= t
			switch {
			case got && v.gold:
				c[j].tp++
			case got:
				c[j].fp++
			case v.gold:
				c[j].fn++
			}
		}
	}
	return c
}

// vetoChoose is the threshold a rule picks on counts by grid: the best F1,
// or (maxRecallLoss >= 0) the best F1 among thresholds that lose at most
// that much recall against no veto. Ties go to the lower threshold.
func vetoChoose(c []counts, maxRecallLoss float64) int {
	best, bestF := 0, -1.0
	for j := range c {
		if maxRecallLoss >= 0 && c[j].recall() < c[0].recall()-maxRecallLoss-1e-9 {
			continue
		}
		if f := f1(c[j]); f > bestF+1e-9 {
			best, bestF = j, f
		}
	}
	return best
}

// vetoScore counts the rows of the groups in, each group's rows vetoed at
// its own threshold th[group] (index in vetoGrid).
func vetoScore(views []vetoRowView, p []float64, th map[string]int, in func(string) bool) counts {
	var c counts
	for _, v := range views {
		if !in(v.group) {
			continue
		}
		best := math.Inf(-1)
		if v.fixed {
			best = math.Inf(1)
		}
		for _, r := range v.sents {
			best = math.Max(best, p[r])
		}
		got := v.cause && best >= vetoGrid[th[v.group]]
		switch {
		case got && v.gold:
			c.tp++
		case got:
			c.fp++
		case v.gold:
			c.fn++
		}
	}
	return c
}

// vetoAUC is the chance that a labelled cause among the rows of the groups
// in scores above a cause read that is not labelled one.
func vetoAUC(d *mData, rows []int, p []float64, in func(string) bool) float64 {
	var pos, neg []float64
	for r, i := range rows {
		s := &d.sents[i]
		if !in(s.group) || math.IsNaN(p[r]) {
			continue
		}
		if s.gold&Cause != 0 {
			pos = append(pos, p[r])
		} else {
			neg = append(neg, p[r])
		}
	}
	sort.Float64s(neg)
	sum := 0.0
	for _, x := range pos {
		lo := sort.SearchFloat64s(neg, x)
		hi := lo
		for hi < len(neg) && neg[hi] == x {
			hi++
		}
		sum += float64(lo) + float64(hi-lo)/2
	}
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	return sum / float64(len(pos)*len(neg))
}

func vetoNaN(n int) []float64 {
	p := make([]float64, n)
	for i := range p {
		p[i] = math.NaN()
	}
	return p
}

// TestVetoStudy is the study (-vetostudy): see the top of this file.
func TestVetoStudy(t *testing.T) {
	if !*vetoStudy {
		t.Skip("run with -vetostudy")
	}
	t0 := time.Now()
	d := loadVetoData(t)
	rows := vetoRows(d)
	views := vetoRowViews(d, rows)
	groupSet := map[string]bool{}
	for i := range d.sents {
		groupSet[d.sents[i].group] = true
	}
	all := slices.Sorted(maps.Keys(groupSet))
	var seen []string // the groups the shipped model is trained on
	for _, g := range all {
		if !slices.Contains(modelUnseen, g) {
			seen = append(seen, g)
		}
	}
	isAll := func(string) bool { return true }
	isNewest := func(g string) bool { return vetoNewest.MatchString(g) }
	isUnseen := func(g string) bool { return vetoUnseenTuning.MatchString(g) }
	isStyles := func(g string) bool { return strings.HasPrefix(g, "styles") }
	nTrue := 0
	bySource := map[string][2]int{}
	for _, i := range rows {
		s := &d.sents[i]
		src := s.causeRule
		if s.rules&Cause == 0 {
			src = "model"
		}
		c := bySource[src]
		if s.gold&Cause != 0 {
			nTrue++
			c[0]++
		} else {
			c[1]++
		}
		bySource[src] = c
	}
	t.Logf("%d sentences, %d rows, %d groups (%d the shipped model's); %d cause sentences read (%d labelled cause), loaded in %s",
		len(d.sents), len(d.rows), len(all), len(seen), len(rows), nTrue, time.Since(t0).Round(time.Second))

	none := map[string]int{}
	for _, g := range all {
		none[g] = 0
	}
	type scope struct {
		name string
		in   func(string) bool
	}
	scopes := []scope{{"all tuning", isAll}, {"styles..122", isStyles}, {"styles107-122", isNewest}, {"styles111-122", isUnseen}}
	var b strings.Builder
	line := func(name, th string, p []float64, thr map[string]int) {
		fmt.Fprintf(&b, "| %s | %s |", name, th)
		for _, sc := range scopes {
			c := vetoScore(views, p, thr, sc.in)
			fmt.Fprintf(&b, " %d / %d / %d (%.3f / %.3f / %.4f) |", c.tp, c.fp, c.fn, c.precision(), c.recall(), f1(c))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n| variant | threshold | all tuning | styles..122 | styles107-122 | styles111-122 |\n|---|---|---|---|---|---|\n")
	zero := make([]float64, len(rows))
	line("Read as shipped (rules + model)", "-", zero, none)

	want := strings.Split(*vetoStudyCfgs, ",")
	var aucs, pureTab strings.Builder
	{
		c := vetoScore(views, zero, none, isUnseen)
		fmt.Fprintf(&pureTab, "| Read as shipped | - | %d / %d / %d (%.3f / %.3f / %.4f) |\n", c.tp, c.fp, c.fn, c.precision(), c.recall(), f1(c))
	}
	for _, cfg := range vetoConfigs {
		if *vetoStudyCfgs != "" && !slices.Contains(want, cfg.name) {
			continue
		}
		t1 := time.Now()
		feats := vetoFeatures(d, rows, cfg)
		// Out of fold: each group scored by a model trained on the others.
		oof := vetoNaN(len(rows))
		var jobs []vetoJob
		for _, g := range all {
			in := map[string]bool{}
			for _, x := range all {
				in[x] = x != g
			}
			jobs = append(jobs, vetoJob{in, map[string]bool{g: true}, oof})
		}
		vetoRun(d, rows, feats, cfg.lambda, jobs)
		// Nested: for each outer group, the others dealt round in five
		// inner folds, each scored by a model trained on the other four
		// (never on the outer group).
		const k = 5
		inner := map[string][]float64{}
		jobs = jobs[:0]
		for _, g := range all {
			others := slices.DeleteFunc(slices.Clone(all), func(x string) bool { return x == g })
			inner[g] = vetoNaN(len(rows))
			for f := range k {
				in, out := map[string]bool{}, map[string]bool{}
				for n, x := range others {
					if n%k == f {
						out[x] = true
					} else {
						in[x] = true
					}
				}
				jobs = append(jobs, vetoJob{in, out, inner[g]})
			}
		}
		vetoRun(d, rows, feats, cfg.lambda, jobs)
		for _, rule := range []struct {
			name   string
			loss   float64
			newest bool
		}{{"F1", -1, false}, {"F1, recall -0.01 at most", 0.01, false}, {"F1 on the other newest sets (107-122)", -1, true}} {
			nested, simple := map[string]int{}, map[string]int{}
			var nts, sts []float64
			for _, g := range all {
				other := func(x string) bool { return x != g && (!rule.newest || isNewest(x)) }
				nested[g] = vetoChoose(vetoCounts(views, inner[g], other), rule.loss)
				simple[g] = vetoChoose(vetoCounts(views, oof, other), rule.loss)
				nts = append(nts, vetoGrid[nested[g]])
				sts = append(sts, vetoGrid[simple[g]])
			}
			line(fmt.Sprintf("%s, %s, nested", cfg.name, rule.name), fmt.Sprintf("%.2f-%.2f", slices.Min(nts), slices.Max(nts)), oof, nested)
			line(fmt.Sprintf("%s, %s, others' out-of-fold rows", cfg.name, rule.name), fmt.Sprintf("%.2f-%.2f", slices.Min(sts), slices.Max(sts)), oof, simple)
		}
		if name, th, ok := strings.Cut(*vetoStudyRows, "@"); ok && name == cfg.name {
			var x float64
			fmt.Sscan(th, &x)
			defer vetoListRows(t, d, rows, slices.Clone(oof), x)
		}
		// The curve, one threshold for every group (out of fold).
		for j := 1; j < len(vetoGrid); j += 2 {
			fixed := map[string]int{}
			for _, g := range all {
				fixed[g] = j
			}
			line(fmt.Sprintf("%s, fixed", cfg.name), fmt.Sprintf("%.2f", vetoGrid[j]), oof, fixed)
		}
		// The pure test: trained on the shipped model's groups, the
		// threshold chosen on their out-of-fold rows, styles111-122 scored once.
		pure := vetoNaN(len(rows))
		jobs = jobs[:0]
		seenIn := map[string]bool{}
		for _, g := range seen {
			seenIn[g] = true
		}
		testOut := map[string]bool{}
		for _, g := range all {
			if isUnseen(g) {
				testOut[g] = true
			}
		}
		jobs = append(jobs, vetoJob{seenIn, testOut, pure})
		for _, g := range seen {
			in := maps.Clone(seenIn)
			delete(in, g)
			jobs = append(jobs, vetoJob{in, map[string]bool{g: true}, pure})
		}
		vetoRun(d, rows, feats, cfg.lambda, jobs)
		for _, rule := range []struct {
			name   string
			loss   float64
			newest bool
		}{{"F1", -1, false}, {"F1, recall -0.01 at most", 0.01, false}, {"F1 on the shipped model's newest sets (95-110)", -1, true}} {
			j := vetoChoose(vetoCounts(views, pure, func(g string) bool { return seenIn[g] && (!rule.newest || vetoSeenNewest.MatchString(g)) }), rule.loss)
			th := map[string]int{}
			for _, g := range all {
				th[g] = j
			}
			c := vetoScore(views, pure, th, isUnseen)
			fmt.Fprintf(&pureTab, "| %s, %s | %.2f | %d / %d / %d (%.3f / %.3f / %.4f) |\n", cfg.name, rule.name, vetoGrid[j], c.tp, c.fp, c.fn, c.precision(), c.recall(), f1(c))
		}
		fmt.Fprintf(&aucs, "| %s | %.3f | %.3f | %.3f | %.3f |\n", cfg.name, vetoAUC(d, rows, oof, isAll), vetoAUC(d, rows, oof, isNewest),
			vetoAUC(d, rows, oof, isUnseen), vetoAUC(d, rows, pure, isUnseen))
		t.Logf("%s: %s", cfg.name, time.Since(t1).Round(time.Second))
	}
	var src strings.Builder
	for _, name := range slices.Sorted(maps.Keys(bySource)) {
		c := bySource[name]
		fmt.Fprintf(&src, "%s %d/%d; ", name, c[0], c[1])
	}
	t.Logf("cause sentences read, true/false by source: %s", src.String())
	t.Logf("pure test (trained on the %d groups of the shipped model, styles111-122 scored once):\n| variant | threshold | styles111-122 |\n|---|---|---|\n%s", len(seen), pureTab.String())
	t.Logf("%s\n| variant | AUC all (oof) | 107-122 (oof) | 111-122 (oof) | 111-122 (pure) |\n|---|---|---|---|---|\n%s\nin %s", b.String(), aucs.String(), time.Since(t0).Round(time.Second))
}

// vetoListRows lists the tuning rows of styles107-122 a veto takes back at
// the threshold th (out of fold): true or false, probability, source and text.
func vetoListRows(t *testing.T, d *mData, rows []int, p []float64, th float64) {
	var b strings.Builder
	for r, i := range rows {
		s := &d.sents[i]
		if !vetoNewest.MatchString(s.group) || p[r] >= th {
			continue
		}
		src := s.causeRule
		if s.rules&Cause == 0 {
			src = "model"
		}
		fmt.Fprintf(&b, "%s %v p=%.2f [%s] %s\n", s.tk, s.gold&Cause != 0, p[r], src, strings.Join(s.words, " "))
	}
	t.Logf("vetoed rows, styles107-122, below %.2f:\n%s", th, b.String())
}
