package service

import (
	"bytes"
	"context"
	"errors"
	"strings"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/store"
)

// MonthlyArchive is the part of the store that keeps built monthly reports.
type MonthlyArchive interface {
	SaveMonthlyReport(ctx context.Context, r store.MonthlyRecord) (int, error)
	MonthlyReports(ctx context.Context, month string) ([]store.MonthlyRecord, error)
	MonthlyReport(ctx context.Context, month, scope string, version int) (store.MonthlyRecord, error)
}

// CustomerScope is the archive scope of a customer's external report.
func CustomerScope(customer string) string {
	if customer == "" {
		return ""
	}
	return "customer:" + customer
}

// ArchiveMonth builds and archives a month's reports: the internal one and
// the external one of every customer with tickets that month. It is what
// `debrief serve` runs on the first of each month for the month before.
func (s *Service) ArchiveMonth(ctx context.Context, month, reason string) error {
	internal, err := s.Monthly(ctx, auth.Staff, MonthlyRequest{Month: month})
	if err != nil {
		return err
	}
	if err := s.archive(ctx, internal, "", reason); err != nil {
		return err
	}
	built := 1
	for _, g := range internal.ByCustomer {
		if g.Key == "(none)" {
			continue
		}
		ext, err := s.Monthly(ctx, auth.Staff, MonthlyRequest{Month: month, Customer: g.Key})
		if err != nil {
			return err
		}
		if err := s.archive(ctx, ext, CustomerScope(g.Key), reason); err != nil {
			return err
		}
		built++
	}
	s.log.Info("monthly reports archived", "month", month, "reports", built, "reason", reason)
	return nil
}

func (s *Service) archive(ctx context.Context, r *monthly.Report, scope, reason string) error {
	var md, js bytes.Buffer
	ro := monthly.WriteOptions{RenderOptions: monthly.RenderOptions{Generated: s.now()}}
	if err := r.Write(ctx, &md, "md", ro); err != nil {
		return fail(CodeInternal, err, "the monthly report could not be rendered")
	}
	if err := r.Write(ctx, &js, "json", ro); err != nil {
		return fail(CodeInternal, err, "the monthly report could not be rendered")
	}
	if _, err := s.store.SaveMonthlyReport(ctx, store.MonthlyRecord{Month: r.Month, Scope: scope, Reason: reason,
		Markdown: md.String(), Figures: js.Bytes()}); err != nil {
		return fail(CodeStore, err, "the monthly report could not be archived")
	}
	return nil
}

// ArchivedMonthly lists the archived reports of a month that caller c may
// read: a customer-bound viewer only its customer's.
func (s *Service) ArchivedMonthly(ctx context.Context, c *auth.Caller, month string) ([]store.MonthlyRecord, error) {
	if !c.Role.Allows(auth.RoleViewer) {
		return nil, fail(CodeNotFound, nil, "no monthly report")
	}
	all, err := s.store.MonthlyReports(ctx, month)
	if err != nil {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	out := all[:0]
	for _, r := range all {
		if !c.CustomerBound() || r.Scope == CustomerScope(c.Customer) {
			out = append(out, r)
		}
	}
	return out, nil
}

// ArchivedMonthlyReport returns one archived report as caller c may read
// it (version <= 0: the latest); another customer's is not found.
func (s *Service) ArchivedMonthlyReport(ctx context.Context, c *auth.Caller, month, customer string, version int) (store.MonthlyRecord, error) {
	if c.CustomerBound() {
		if customer != "" && customer != c.Customer {
			return store.MonthlyRecord{}, fail(CodeNotFound, nil, "no archived monthly report")
		}
		customer = c.Customer
	}
	if !c.Role.Allows(auth.RoleViewer) {
		return store.MonthlyRecord{}, fail(CodeNotFound, nil, "no archived monthly report")
	}
	r, err := s.store.MonthlyReport(ctx, month, CustomerScope(customer), version)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return r, fail(CodeNotFound, nil, "no archived monthly report for %s", strings.TrimSpace(month+" "+customer))
	case err != nil:
		return r, fail(CodeStore, err, "the store is unavailable")
	}
	return r, nil
}
