/**
 * The parameters of the charts that take their own (EWMA, Bernoulli CUSUM), apart from the charts
 * themselves so that the part frame can name them without an import circle.
 *
 * @module
 */

/** The Bernoulli CUSUM's parameters, as qicharts2's `bchart()` names them. */
export interface BernoulliCusumOptions {
  /** The baseline risk p₀ (0 < p₀ < 1); undefined = the event rate of the baseline cases (qicharts2's `target` > 1). */
  p0: number | undefined;
  /** The odds ratio of the smallest change worth detecting (qicharts2's `or`, default 2); the lower CUSUM uses 1/or. */
  oddsRatio: number;
  /** The decision limit h (qicharts2's `limit`, default 3.5). */
  limit: number;
  /** Which CUSUM to plot: `upper` looks for a rise in the event rate (default), `lower` for a fall. */
  side: "upper" | "lower";
}

/** The EWMA's parameters (qcc's `lambda` and `nsigmas`). */
export interface EwmaOptions {
  /** Weight of the newest subgroup, 0 < λ ≤ 1 (default 0.2). λ = 1 is the Shewhart chart of the means. */
  lambda: number;
  /** Width of the limits in sigmas of the EWMA (default 3). */
  width: number;
}


/** A funnel plot's data and limits (Spiegelhalter 2005; FunnelPlotR). */
export interface FunnelOptions {
  /** `proportion`: y events among n cases (binomial). `rate`: y events over n exposure or expected events (Poisson). */
  type: "proportion" | "rate";
  /**
   * `exact` (default): Spiegelhalter's exact binomial or Poisson quantiles, interpolated between
   * the whole counts. `funnelplotr`: FunnelPlotR's, chi-square (gamma) limits for rates and the
   * arcsine-square-root normal approximation for proportions.
   */
  method: "exact" | "funnelplotr";
  /**
   * `none` (default); `multiplicative`: the variance × φ (Spiegelhalter 2005 §5.2, when φ > 1);
   * `additive`: a between-unit variance τ² on the transformed scale (random effects, as FunnelPlotR).
   */
  overdispersion: "none" | "multiplicative" | "additive";
  /** Share of z-scores winsorised at each end before φ is estimated (default 0.1). */
  trim: number;
}
