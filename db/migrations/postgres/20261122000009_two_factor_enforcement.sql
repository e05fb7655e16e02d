-- Organisation-wide two-factor enforcement: members without a second factor can do nothing
-- in the organisation but set one up (or leave).
ALTER TABLE organisations ADD COLUMN require_two_factor BIGINT NOT NULL DEFAULT 0 CHECK (require_two_factor IN (0, 1));
