-- The provider's catalogue, versioned by the day it takes effect. Each import of a changed
-- catalogue is a new version; versions and their prices are never updated or deleted, so a
-- price is always read for an instant ("which version was in force then") and what an
-- issued invoice charged stays explainable.
--
-- effective_from: Unix milliseconds of 00:00 UTC of the first day the version applies
-- (operators read and write dates in UTC). Versions are imported in effective order: a
-- version never starts before the newest one, and of two starting on the same day the
-- later import (higher id) is in force.
CREATE TABLE catalogue_versions (
    id             BIGINT PRIMARY KEY NOT NULL,
    effective_from BIGINT NOT NULL CHECK (effective_from % 86400000 = 0),
    imported_at    BIGINT NOT NULL,
    -- Hex SHA-256 of `document`: an identical re-import is recognised and changes nothing.
    sha256         TEXT NOT NULL,
    -- The validated catalogue's canonical JSON (domain::catalogue::ValidCatalogue): every
    -- kind, period, extension, redemption period and restore fee.
    document       TEXT NOT NULL
);
CREATE INDEX catalogue_versions_effective_idx ON catalogue_versions(effective_from, id);

-- Every price that can be ordered in a version (several years of a yearly price included),
-- for reading one price at an instant without parsing the document.
CREATE TABLE catalogue_prices (
    version_id    BIGINT NOT NULL REFERENCES catalogue_versions(id) ON DELETE RESTRICT,
    kind          TEXT NOT NULL,
    -- '.ch' for kinds priced per extension (domains), '' for the others.
    extension     TEXT NOT NULL,
    period_months BIGINT NOT NULL CHECK (period_months > 0),
    currency      TEXT NOT NULL,
    price_minor   BIGINT NOT NULL CHECK (price_minor >= 0),
    PRIMARY KEY (version_id, kind, extension, period_months, currency)
);
