package service

import (
	"context"
	"time"
)

// Deliveries is the part of the store that remembers webhook deliveries.
type Deliveries interface {
	RecordDelivery(ctx context.Context, key string, expires time.Time) (first bool, err error)
	ForgetDelivery(ctx context.Context, key string) error
}

// RecordDelivery remembers a webhook delivery by key (its signature) until
// expires, in the store so that restarts and other processes see it too,
// and reports whether it is the first with that key.
func (s *Service) RecordDelivery(ctx context.Context, key string, expires time.Time) (bool, error) {
	first, err := s.store.RecordDelivery(ctx, key, expires)
	if err != nil {
		return false, fail(CodeStore, err, "the delivery could not be recorded; retry later")
	}
	return first, nil
}

// ForgetDelivery forgets a recorded delivery that could not be stored, so
// that the sender's retry of it is accepted.
func (s *Service) ForgetDelivery(ctx context.Context, key string) error {
	if err := s.store.ForgetDelivery(ctx, key); err != nil {
		return fail(CodeStore, err, "the delivery could not be forgotten")
	}
	return nil
}
