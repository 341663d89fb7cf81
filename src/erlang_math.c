/*
 * erlang_math.c
 *		Queueing formulas for staffing: Erlang B and C (M/M/N) and Erlang A
 *		(M/M/N+M, callers who hang up), without the server.
 *
 * Time is measured in average handle times here: the service rate is 1,
 * the arrival rate equals the offered traffic A in Erlangs, and callers'
 * patience is exponential with rate theta = AHT / mean patience.  The SQL
 * wrappers in erlang.c convert intervals and check arguments.
 *
 * Nothing evaluates a factorial or a power.  Erlang B comes from the
 * recursion 1/B(n) = 1 + (n / A) / B(n-1) from B(0) = 1, whose terms are
 * all positive (B may underflow to 0, which is then the exact answer to
 * double precision); Erlang A sums its birth-death chain in scaled form, so a
 * queue whose state probabilities span thousands of orders of magnitude
 * neither overflows nor loses its mass.
 */
#include "kpi.h"

#include <float.h>
#include <math.h>

/*
 * What kpi_poll_interrupts() calls: CHECK_FOR_INTERRUPTS once the server
 * has loaded the module (interrupts.c), nothing in a build without it.
 */
void		(*kpi_interrupt_hook) (void) = NULL;

/* Start the Erlang B recursion at zero agents, where every call is blocked. */
void
kpi_erlang_b_start(KpiErlangB *erlang, double traffic)
{
	erlang->traffic = traffic;
	erlang->agents = 0;
	erlang->inverse = 1.0;
	erlang->blocking = 1.0;
}

/* Advance the Erlang B recursion by one agent. */
void
kpi_erlang_b_next(KpiErlangB *erlang)
{
	kpi_erlang_b_advance(erlang, erlang->agents + 1);
}

/*
 * Advance the Erlang B recursion to this many agents (no step if it is
 * there already), in its inverse form 1/B(n) = 1 + (n / A) / B(n-1).  Its
 * terms are all positive, so it is as stable as the forward form
 * B(n) = A B(n-1) / (n + A B(n-1)), and its divisions stay off the chain
 * of dependent operations: n / A does not depend on the previous step, so
 * a CPU overlaps them and a step costs a multiply and an add (2 ns; the
 * state stays in registers, which is where the time of a large center
 * goes).  1/B overflows to infinity exactly when B is below the smallest
 * double, and B is then 0; without traffic n / A is infinite and B is 0
 * from one agent on.  Every caller steps through this one loop, so the
 * same agents give the same bits whichever function asks.  It runs in
 * stretches of KPI_POLL_INTERVAL steps with a look for a cancel between
 * them: 10,000,000 Erlangs take 20 ms.
 */
void
kpi_erlang_b_advance(KpiErlangB *erlang, int64 agents)
{
	double		traffic = erlang->traffic;
	double		inverse = erlang->inverse;
	int64		n = erlang->agents;

	for (;;)
	{
		int64		stop = agents - n > KPI_POLL_INTERVAL ?
			n + KPI_POLL_INTERVAL : agents;

		/* once 1/B is infinite it stays so: B is 0 from there on */
		while (n < stop && !isinf(inverse))
		{
			n++;
			inverse = 1.0 + ((double) n / traffic) * inverse;
		}
		if (n >= agents || isinf(inverse))
			break;
		kpi_poll_interrupts();
	}
	erlang->agents = Max(n, agents);
	erlang->inverse = inverse;
	erlang->blocking = 1.0 / inverse;
}

/* Erlang B blocking probability of a loss system with this many agents. */
double
kpi_erlang_b(int64 agents, double traffic)
{
	KpiErlangB	erlang;

	kpi_erlang_b_start(&erlang, traffic);
	kpi_erlang_b_advance(&erlang, agents);
	return erlang.blocking;
}

/*
 * Erlang C wait probability from the Erlang B value of the same agents:
 * C = N B / (N - A (1 - B)).  Without more agents than traffic the queue
 * grows without bound and every call waits.
 */
double
kpi_erlang_c_from_b(int64 agents, double traffic, double blocking)
{
	double		wait;

	if ((double) agents <= traffic)
		return 1.0;
	wait = (double) agents * blocking /
		((double) agents - traffic * (1.0 - blocking));
	return wait > 1.0 ? 1.0 : wait;
}

/*
 * Erlang C service level in percent, answered within the threshold:
 * 100 (1 - C exp(-(N - A) T / AHT)).  Times in microseconds; aht_us is
 * positive whenever the wait probability is.
 */
double
kpi_erlang_c_service_level(int64 agents, double traffic, double wait,
						   double threshold_us, double aht_us)
{
	if (wait == 0.0)
		return 100.0;
	if (wait >= 1.0 && (double) agents <= traffic)
		return 0.0;
	return 100.0 * (1.0 - wait * exp(-((double) agents - traffic) *
									 threshold_us / aht_us));
}

/*
 * Erlang C mean speed of answer in microseconds, C AHT / (N - A);
 * infinite for an unstable queue.  That includes agents above the traffic
 * by no more than its rounding error (calls, calls * AHT and the division
 * by the period round once each, at most 1.5 units in the last place of
 * A): 1550 / 3 calls of 108 s in 30 minutes are A = 31 Erlangs, but
 * 30.999999999999996 in double precision, and 31 agents would otherwise
 * get an ASA of 108 s / 4e-15, a billion years, from a queue that is
 * unstable but for the last bits (and fail a whole erlang_c_table).
 */
double
kpi_erlang_c_asa_us(int64 agents, double traffic, double wait, double aht_us)
{
	if ((double) agents - traffic <= 4.0 * DBL_EPSILON * (double) agents)
		return INFINITY;
	if (wait == 0.0)
		return 0.0;
	return wait * aht_us / ((double) agents - traffic);
}

/*
 * Erlang A, M/M/N+M: N agents, arrivals at rate A (calls per AHT), service
 * rate 1, each waiting caller hangs up at rate theta > 0.  Writes the
 * probability of waiting (0..1), the service level (percent of all offered
 * calls answered within the threshold, given in AHT units), the percent of
 * callers who abandon, the mean time in queue of all callers (AHT units,
 * Lq / A by Little's law) and the occupancy (percent, carried load per
 * agent).  Needs A > 0.  Returns false when the queue does not settle
 * within KPI_ERLANG_A_MAX_TERMS callers.
 *
 * With pi_n the stationary probabilities, everything is computed relative
 * to pi_N.  Below N they sum, by the Erlang B identity, to (1 - B) / B.
 * From N on, w_j = pi_(N+j) / pi_N = prod_(k=1..j) A / (N + k theta).
 * A caller who finds j others waiting is answered after the sum V of
 * exponentials of rates N + k theta (k = j..0) unless patience runs out
 * first, so he is answered within T with probability
 * E[exp(-theta V); V <= T] = N / (N + (j+1) theta) * I_p(j + 1, N/theta + 1)
 * with p = 1 - exp(-theta T) (exponential tilting turns V into a sum of
 * rates N + (k+1) theta, an order statistic of N/theta + j + 1 exponential
 * variables of rate theta), and the regularized incomplete beta I_p(j+1, b)
 * is one minus the negative binomial distribution function at j.
 */
bool
kpi_erlang_a(int64 agents, double traffic, double theta, double threshold,
			 KpiErlangA *result)
{
	double		blocking = kpi_erlang_b(agents, traffic);
	double		n = (double) agents;
	double		term = 1.0;		/* w_j, scaled */
	double		mass = 0.0;		/* sum of w_j, scaled */
	double		queued = 0.0;	/* sum of j w_j, scaled */
	double		answered = 0.0; /* sum of w_j P(answered within T | j) */
	double		log_scale = 0.0;	/* the scaled sums times exp(log_scale) */
	double		log_p = log(-expm1(-theta * threshold));
	double		nb_shape = n / theta + 1.0;
	double		log_nb = -(n + theta) * threshold;	/* log of NB(0) */
	double		nb_cdf = 0.0;
	double		rest;
	double		ratio_idle;
	double		wait;
	double		no_wait;
	double		queue_length;

	if (blocking == 0.0)
	{
		/* pi_N underflowed: with N far above A nobody waits */
		result->wait_probability = 0.0;
		result->service_level = 100.0;
		result->abandonment = 0.0;
		result->queue_time = 0.0;
		result->occupancy = 100.0 * traffic / n;
		return true;
	}
	/*
	 * The sums can only stop once the terms fall, after (A - N) / theta
	 * callers wait: when that is beyond the limit, say so at once rather
	 * than after ten million steps.
	 */
	if ((traffic - n) / theta > (double) KPI_ERLANG_A_MAX_TERMS + 1.0)
		return false;
	for (int64 j = 0;; j++)
	{
		double		within;
		double		ratio;

		if (j > 0)
		{
			term *= traffic / (n + (double) j * theta);
			log_nb += log_p + log(((double) (j - 1) + nb_shape) / (double) j);
		}
		nb_cdf += exp(log_nb);
		within = nb_cdf < 1.0 ? 1.0 - nb_cdf : 0.0;
		mass += term;
		queued += (double) j * term;
		answered += term * (n / (n + (double) (j + 1) * theta)) * within;
		if (mass > 1e200)
		{
			/* keep the sums finite; terms that underflow are negligible */
			term *= 1e-200;
			mass *= 1e-200;
			queued *= 1e-200;
			answered *= 1e-200;
			log_scale += log(1e200);
		}
		/*
		 * Once the ratio of successive terms is below 1 it keeps falling,
		 * so the rest is below a geometric series: stop when that bound is
		 * negligible against both sums.
		 */
		ratio = traffic / (n + (double) (j + 1) * theta);
		if (ratio < 1.0)
		{
			double		tail = term * ratio / (1.0 - ratio);
			double		queued_tail = tail * ((double) j + 1.0 / (1.0 - ratio));

			if (tail <= 1e-17 * mass && queued_tail <= 1e-17 * queued)
				break;
		}
		if (j >= KPI_ERLANG_A_MAX_TERMS)
			return false;
		/* ten million terms take half a second */
		if ((j & (KPI_POLL_INTERVAL - 1)) == KPI_POLL_INTERVAL - 1)
			kpi_poll_interrupts();
	}

	/*
	 * P(wait) = B S / (1 - B + B S) with S = mass exp(log_scale), as
	 * 1 / (1 + r) with r = (1 - B) / (B S), so that neither a huge nor a
	 * tiny S overflows, and P(no wait) = r / (1 + r) keeps its digits when
	 * almost every caller waits.
	 */
	rest = 1.0 - blocking;
	ratio_idle = rest == 0.0 ? 0.0 :
		rest * exp(-(log_scale + log(mass) + log(blocking)));
	wait = 1.0 / (1.0 + ratio_idle);
	no_wait = isinf(ratio_idle) ? 1.0 : ratio_idle / (1.0 + ratio_idle);
	queue_length = queued / mass * wait;
	result->wait_probability = wait;
	/* percents of a probability cannot pass 100; rounding could */
	result->service_level = Min(100.0, 100.0 * (no_wait + answered / mass * wait));
	result->abandonment = Min(100.0, 100.0 * theta * queue_length / traffic);
	result->queue_time = queue_length / traffic;
	/* the carried load never exceeds the agents; keep rounding from it */
	result->occupancy = n > 0 ?
		Min(100.0, 100.0 * (traffic - theta * queue_length) / n) : 0.0;
	return true;
}
