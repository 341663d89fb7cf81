/*
 * stats_math.c
 *		The normal and Student's t distributions: upper tails and their
 *		inverses, for the confidence intervals and tests of uncertainty.c.
 *
 * Plain C and libm, without the server, so a standalone program can check
 * them against published tables.  Every function works on the upper tail
 * P(X > x) rather than the distribution function, so that the small
 * probabilities of high confidence levels keep their relative precision
 * (1 - 1e-12 is not representable next to 1, 1e-12 is).
 *
 * Methods: the normal tail from erfc; its inverse from Acklam's rational
 * approximation (relative error 1.15e-9) polished by one Halley step on
 * erfc, which brings it to double precision; the t tail from the
 * regularized incomplete beta function (continued fraction, modified
 * Lentz), with the closed forms of 1 and 2 degrees of freedom and, beyond
 * 100,000 degrees of freedom, the Cornish-Fisher expansion of the t
 * quantile in powers of 1/df (Abramowitz and Stegun 26.7.5).  log B(a, b)
 * takes the difference of lgamma of large arguments from Stirling's series
 * rather than subtracting two large, nearly equal numbers.  The t quantile
 * is found by safeguarded Newton steps on log(tail) against log(t).  The
 * quantiles of a two-sided interval at a level below 1/2 are found from the
 * central probability P(|X| < x) instead, because the tail (1 - level) / 2
 * keeps few digits of a small level.
 */
#include "stats_math.h"

#include <float.h>
#include <math.h>

/* Above this many degrees of freedom the t functions use the expansion. */
#define LARGE_DF 1e5

/* P(Z > z) for a standard normal Z. */
double
kpi_normal_upper_tail(double z)
{
	return 0.5 * erfc(z * M_SQRT1_2);
}

/* Acklam's rational approximation of the normal quantile of p in (0, 1). */
static double
normal_quantile_estimate(double p)
{
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
	-3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
	-1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
	4.374664141464968e+00, 2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
	2.445134137142996e+00, 3.754408661907416e+00};
	const double p_low = 0.02425;
	double		q,
				r;

	if (p < p_low || p > 1 - p_low)
	{
		/* the tails, in terms of the smaller of p and 1 - p */
		q = sqrt(-2 * log(p < p_low ? p : 1 - p));
		r = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		return p < p_low ? r : -r;
	}
	q = p - 0.5;
	r = q * q;
	return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
		(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/*
 * The z with P(Z > z) = tail, for tail in (0, 1): minus the normal
 * quantile of tail, polished by a Halley step on the exact tail.
 */
double
kpi_normal_upper_quantile(double tail)
{
	double		x = normal_quantile_estimate(tail);
	double		error = 0.5 * erfc(-x * M_SQRT1_2) - tail;
	double		step = error * sqrt(2 * M_PI) * exp(x * x / 2);

	if (isfinite(step))
		x -= step / (1 + x * step / 2);
	return -x;
}

/*
 * Stirling's series of lgamma(x) beyond its leading terms,
 * lgamma(x) - ((x - 1/2) log x - x + log(2 pi) / 2), for x >= 30, where the
 * first term left out, 1 / (1188 x^9), is below 1e-16.
 */
static double
stirling_remainder(double x)
{
	double		inverse_square = 1 / (x * x);

	return (1.0 / 12 - inverse_square * (1.0 / 360 - inverse_square *
										 (1.0 / 1260 - inverse_square / 1680))) / x;
}

/*
 * log of the Beta function B(a, b).  When one argument is large, lgamma of
 * it and of a + b are large and nearly equal, and their difference would
 * keep only about 1e-16 of their size (1e-10 absolute at 100,000 degrees of
 * freedom): their difference is then taken from Stirling's series, where
 * it is a sum of small terms.
 */
static double
log_beta(double a, double b)
{
	double		big = a > b ? a : b;
	double		small = a > b ? b : a;
	double		sum = big + small;

	if (big < 30)
		return lgamma(a) + lgamma(b) - lgamma(a + b);
	/* lgamma(big) - lgamma(big + small) */
	return lgamma(small) - (big - 0.5) * log1p(small / big) -
		small * log(sum) + small + stirling_remainder(big) -
		stirling_remainder(sum);
}

/*
 * The continued fraction of the incomplete beta function (modified Lentz);
 * converges quickly for x < (a + 1) / (a + b + 2).
 */
static double
beta_continued_fraction(double a, double b, double x)
{
	const double tiny = 1e-300;
	/* Lentz carries c from one iteration to the next, so it lives here */
	/* cppcheck-suppress variableScope */
	double		c = 1;
	double		d = 1 - (a + b) * x / (a + 1);
	double		h;

	if (fabs(d) < tiny)
		d = tiny;
	d = 1 / d;
	h = d;
	for (int m = 1; m <= 100000; m++)
	{
		double		m2 = 2.0 * m;
		double		aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
		double		delta;

		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		delta = d * c;
		h *= delta;
		if (fabs(delta - 1) <= DBL_EPSILON)
			break;
	}
	return h;
}

/*
 * The regularized incomplete beta function I_x(a, b), given x and y = 1 - x
 * separately so that neither loses digits to the subtraction.
 */
static double
incomplete_beta(double a, double b, double x, double y)
{
	double		log_x,
				log_y,
				front;

	if (x <= 0)
		return 0;
	if (y <= 0)
		return 1;
	log_x = x <= 0.5 ? log(x) : log1p(-y);
	log_y = y <= 0.5 ? log(y) : log1p(-x);
	front = exp(a * log_x + b * log_y - log_beta(a, b));
	if (x < (a + 1) / (a + b + 2))
		return front * beta_continued_fraction(a, b, x) / a;
	return 1 - front * beta_continued_fraction(b, a, y) / b;
}

/*
 * The Cornish-Fisher expansion of the t quantile of many degrees of
 * freedom from the normal quantile z (Abramowitz and Stegun 26.7.5).
 */
static double
t_from_normal(double z, double df)
{
	double		z2 = z * z;
	double		g1 = (z2 + 1) * z / 4;
	double		g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
	double		g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
	double		g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;

	return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/* P(T > t) for Student's t with df >= 1 degrees of freedom (not integer). */
double
kpi_t_upper_tail(double t, double df)
{
	double		ratio;

	if (isnan(t) || isnan(df))
		return NAN;
	if (t == 0)
		return 0.5;
	if (t < 0)
		return 1 - kpi_t_upper_tail(-t, df);
	if (df == 1)
		return atan2(1, t) / M_PI;
	if (df == 2)
	{
		double		h = hypot(M_SQRT2, t);

		return 1 / ((h + t) * h);
	}
	if (df > LARGE_DF)
	{
		/* the z that the expansion maps to t; the map is nearly identity */
		double		z = t;

		/* the tail beyond 40 is below the smallest double there */
		if (t > 40)
			return 0;
		for (int i = 0; i < 50; i++)
		{
			double		next = z - (t_from_normal(z, df) - t);

			if (fabs(next - z) <= DBL_EPSILON * fabs(z))
				break;
			z = next;
		}
		return kpi_normal_upper_tail(z);
	}
	/* df / t^2, without overflowing t^2 */
	ratio = (df / t) / t;
	return 0.5 * incomplete_beta(df / 2, 0.5, ratio / (1 + ratio),
								 1 / (1 + ratio));
}

/* The density of Student's t at t >= 0, for the Newton steps below. */
static double
t_density(double t, double df)
{
	/* log(1 + t^2 / df), without overflowing t^2 */
	double		log_spread = t * t > df ?
		2 * log(t) - log(df) + log1p(df / t / t) :
		log1p(t * t / df);

	return exp(lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * M_PI)
			   - (df + 1) / 2 * log_spread);
}

/*
 * The t with P(T > t) = tail, for tail in (0, 1) and df >= 1 degrees of
 * freedom.
 */
double
kpi_t_upper_quantile(double tail, double df)
{
	double		log_t,
				low = -INFINITY,
				high = INFINITY;

	if (isnan(tail) || isnan(df) || tail <= 0 || tail >= 1)
		return NAN;
	if (tail == 0.5)
		return 0;
	if (tail > 0.5)
		return -kpi_t_upper_quantile(1 - tail, df);
	if (df == 1)
		return 1 / tan(M_PI * tail);
	if (df == 2)
		return (1 - 2 * tail) / sqrt(2 * tail * (1 - tail));
	if (df > LARGE_DF)
		return t_from_normal(kpi_normal_upper_quantile(tail), df);

	/*
	 * Newton on log(tail(t)) against log(t): the tails of t fall like a
	 * power of t, which this makes nearly linear.  A step that leaves the
	 * bracket known so far halves it (or, unbounded, moves by a factor e).
	 */
	log_t = log(kpi_normal_upper_quantile(tail));
	for (int i = 0; i < 200; i++)
	{
		double		t = exp(log_t);
		double		upper = kpi_t_upper_tail(t, df);
		double		next;

		if (upper == tail)
			break;
		if (upper > tail)
			low = log_t;
		else
			high = log_t;
		next = log_t + (log(upper) - log(tail)) * upper / (t * t_density(t, df));
		if (!(next > low && next < high))
		{
			if (isfinite(low) && isfinite(high))
				next = (low + high) / 2;
			else
				next = isfinite(low) ? log_t + 1 : log_t - 1;
		}
		if (fabs(next - log_t) <= 4 * DBL_EPSILON)
		{
			log_t = next;
			break;
		}
		log_t = next;
	}
	return exp(log_t);
}

/*
 * The z with P(|Z| < z) = level, for level in (0, 1): the normal quantile
 * behind a two-sided interval at that level.  For levels of 1/2 and more
 * the tail (1 - level) / 2 is exact (Sterbenz) and keeps its digits.  Below
 * 1/2, where z is small, the tail would lose them (1 - 1e-10 keeps only six
 * digits of the 1e-10), so z comes from erf, which keeps its relative
 * precision near 0: its series, z = level sqrt(pi / 2) (1 + pi level^2 / 12
 * + ...), below 1e-8, Newton steps on erf(z / sqrt 2) = level above.
 */
double
kpi_normal_central_quantile(double level)
{
	double		z;

	if (level >= 0.5)
		return kpi_normal_upper_quantile((1 - level) / 2);
	if (level < 1e-8)
		return level * sqrt(M_PI / 2);
	z = kpi_normal_upper_quantile((1 - level) / 2);
	for (int i = 0; i < 3; i++)
		z -= (erf(z * M_SQRT1_2) - level) / (sqrt(2 / M_PI) * exp(-z * z / 2));
	return z;
}

/* P(|T| < t) for Student's t with df > 2 degrees of freedom, t >= 0. */
static double
t_central(double t, double df)
{
	/* df / t^2, without overflowing t^2 */
	double		ratio = (df / t) / t;

	return incomplete_beta(0.5, df / 2, 1 / (1 + ratio), ratio / (1 + ratio));
}

/*
 * The t with P(|T| < t) = level for Student's t with df >= 1 degrees of
 * freedom, level in (0, 1).  As for the normal quantile, levels below 1/2
 * are not turned into tails: closed forms for 1 and 2 degrees of freedom,
 * the expansion of many degrees of freedom (which scales with z), the
 * linear term of the central probability below 1e-8 (the next is 1e-16
 * smaller), or Newton steps on the central probability, which keeps its
 * relative precision.
 */
double
kpi_t_central_quantile(double level, double df)
{
	double		t;

	if (level >= 0.5)
		return kpi_t_upper_quantile((1 - level) / 2, df);
	if (df == 1)
		return tan(M_PI_2 * level);
	if (df == 2)
		return level * sqrt(2 / ((1 - level) * (1 + level)));
	if (df > LARGE_DF)
		return t_from_normal(kpi_normal_central_quantile(level), df);
	/* P(|T| < t) = 2 t / (sqrt(df) B(df / 2, 1 / 2)) (1 - O(t^2)) */
	if (level < 1e-8)
		return level * sqrt(df) * exp(log_beta(df / 2, 0.5)) / 2;
	t = kpi_t_upper_quantile((1 - level) / 2, df);
	for (int i = 0; i < 4 && t > 0; i++)
		t -= (t_central(t, df) - level) / (2 * t_density(t, df));
	return t;
}
