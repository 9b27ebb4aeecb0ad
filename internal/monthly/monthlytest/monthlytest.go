// Package monthlytest makes large synthetic archives of per-ticket figures
// for the monthly report's tests and benchmarks.
package monthlytest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
)

var (
	components = []string{"storage volume", "mail relay", "TLS certificate", "DNS zone", "payroll database", "VPN gateway",
		"print spooler", "backup job", "core switch", "firewall rule", "license server", "file share", "SSO connector",
		"hypervisor host", "CRM integration", "disk array", "load balancer", "web proxy", "Wi-Fi controller", "ERP export"}
	failures = []string{"failed", "expired", "was misconfigured", "ran out of space", "crashed after an update", "lost quorum"}
	subjects = []string{"Service down", "Users cannot log in", "Slow response", "Errors in the application", "Outage"}
	prios    = []string{"P1", "P2", "P3", "P4"}
	teams    = []string{"Support - Proxmox", "Support - Mail", "Support - Network", "Support - Apps"}
	factors  = []string{"technical_failure", "process_gap", "monitoring_gap", "third_party", "unknown"}
)

// Archive stores n tickets a month for months months ending with last
// (UTC), with one action for every other ticket, in batches.
func Archive(ctx context.Context, st Loader, last time.Time, months, n int) error {
	r := rand.New(rand.NewPCG(1, 2))
	for m := months - 1; m >= 0; m-- {
		start := time.Date(last.Year(), last.Month()-time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		days := start.AddDate(0, 1, 0).Sub(start)
		const batch = 5000
		for i := 0; i < n; i += batch {
			var fs []figures.Figures
			var acts []figures.ActionItem
			for j := i; j < min(n, i+batch); j++ {
				f := Ticket(r, fmt.Sprintf("G%s-%06d", start.Format("0601"), j), start.Add(time.Duration(r.Int64N(int64(days)))))
				fs = append(fs, f)
				if j%2 == 0 {
					acts = append(acts, figures.ActionItem{TicketID: f.TicketID, Customer: f.Customer, Code: "fix_component",
						Title: "Verify the permanent fix", Owner: "Infrastructure engineering lead", Category: "corrective",
						Due: f.ClosedAt.AddDate(0, 0, 14), OpenedAt: f.ClosedAt})
				}
			}
			if err := st.LoadFigures(ctx, fs, acts); err != nil {
				return err
			}
		}
	}
	return nil
}

// Loader stores figures in bulk (store.Store).
type Loader interface {
	LoadFigures(ctx context.Context, fs []figures.Figures, actions []figures.ActionItem) error
}

// Ticket makes one ticket's figures closed at closed.
func Ticket(r *rand.Rand, id string, closed time.Time) figures.Figures {
	clock := func(target int64) figures.Clock {
		c := figures.Clock{HasTarget: r.IntN(10) > 0, Stopped: true}
		c.Business = r.Int64N(target * 2)
		c.Elapsed = c.Business + r.Int64N(3*target)
		c.Met = c.Business <= target
		if c.HasTarget && !c.Met {
			c.Over = c.Business - target
		}
		return c
	}
	comp := components[r.IntN(len(components))]
	f := figures.Figures{
		TicketID: id, Analysis: 1, ClosedAt: closed,
		Customer:       fmt.Sprintf("Customer %02d Ltd", r.IntN(60)),
		Team:           teams[r.IntN(len(teams))],
		Priority:       prios[r.IntN(len(prios))],
		SLA:            "business",
		CloseReason:    []string{"resolved", "resolved", "inactivity"}[r.IntN(3)],
		Subject:        subjects[r.IntN(len(subjects))] + ": " + comp,
		AutoClosed:     r.IntN(5) == 0,
		Chased:         r.IntN(3) == 0,
		FirstResponse:  clock(3600),
		Resolution:     clock(8 * 3600),
		UpdateTarget:   true,
		UpdateBreaches: max(0, r.IntN(5)-2),
		ImpactKnown:    r.IntN(2) == 0,
		Impact:         time.Duration(r.IntN(36000)) * time.Second,
		Cost:           int64(r.IntN(5000)),
		Currency:       "GBP",
		Factors:        []string{factors[r.IntN(len(factors))]},
	}
	if r.IntN(3) > 0 {
		f.Cause = "The " + comp + " " + failures[r.IntN(len(failures))] + "."
	}
	return f
}
