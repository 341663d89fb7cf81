/*
 * stats_math.h
 *		Distribution functions the uncertainty functions need: the normal
 *		and Student's t distributions, their upper tails and quantiles.
 *		Plain C and libm, without the server (stats_math.c).
 */
#ifndef KPI_STATS_MATH_H
#define KPI_STATS_MATH_H

extern double kpi_normal_upper_tail(double z);
extern double kpi_normal_upper_quantile(double tail);
extern double kpi_t_upper_tail(double t, double df);
extern double kpi_t_upper_quantile(double tail, double df);
extern double kpi_normal_central_quantile(double level);
extern double kpi_t_central_quantile(double level, double df);

#endif							/* KPI_STATS_MATH_H */
