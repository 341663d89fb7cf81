--
-- avg_speed_of_answer(wait interval, abandoned boolean):
--   mean queue wait of answered (not abandoned) contacts
--

-- Answered after 10 s, 20 s, 45 s; the abandon after 90 s is left out.
-- (10 + 20 + 45) / 3 = 25 s
SELECT avg_speed_of_answer(wait, abandoned)
FROM (VALUES ('10 s'::interval, false), ('20 s', false), ('45 s', false),
             ('90 s', true), ('5 s', NULL), (NULL, false)) v(wait, abandoned);

-- (1 s + 1 s + 0) / 3 = 0.666666.. s -> 0.666667 s
SELECT avg_speed_of_answer(wait, false)
FROM (VALUES ('1 s'::interval), ('1 s'), ('0')) v(wait);

-- Single rows; only abandons, empty and all-NULL groups give NULL.
SELECT avg_speed_of_answer('12 s'::interval, false) AS answered,
       avg_speed_of_answer('12 s'::interval, true) AS abandoned;
SELECT avg_speed_of_answer(w, false) FROM (VALUES ('1 s'::interval)) v(w) WHERE false;
SELECT avg_speed_of_answer(w, false) FROM (VALUES (NULL::interval)) v(w);

-- Grouped: chat (30 s + 90 s) / 2 = 1 min; phone 15 s
SELECT queue, avg_speed_of_answer(wait, abandoned)
FROM (VALUES ('chat', '30 s'::interval, false), ('phone', '15 s', false),
             ('chat', '90 s', false), ('phone', '1 hour', true)) v(queue, wait, abandoned)
GROUP BY queue ORDER BY queue;

-- Negative waits are errors, abandoned or not.
SELECT avg_speed_of_answer('-1 s'::interval, false);
SELECT avg_speed_of_answer('-1 s'::interval, true);

-- State functions: waits 10 s + 20 s are (2, 30 s, (100 + 400) * 10^12),
-- 15 s is (1, 15 s, 225 * 10^12): together (3, 45 s, 725 * 10^12) -> 15 s
SELECT asa_state_combine('(answered=2,wait_us=30000000,wait_us_squares=500000000000000)',
                         '(answered=1,wait_us=15000000,wait_us_squares=225000000000000)');
SELECT asa_final('(answered=3,wait_us=45000000,wait_us_squares=725000000000000)');
-- 3 s answered: (1, 3 * 10^6, 9 * 10^12); abandoned: unchanged;
-- 3 s out of {2 s, 3 s} = (2, 5 * 10^6, 13 * 10^12): (1, 2 * 10^6, 4 * 10^12)
SELECT asa_accum('(answered=0,wait_us=0,wait_us_squares=0)', '3 s', false),
       asa_accum('(answered=0,wait_us=0,wait_us_squares=0)', '3 s', true),
       asa_retract('(answered=2,wait_us=5000000,wait_us_squares=13000000000000)', '3 s', false);
-- 380,000 years answered: the mean is out of range for type interval;
-- 178,000,000 years: its square does not fit the sum of squares.
SELECT avg_speed_of_answer('380000 years'::interval, false);
SELECT avg_speed_of_answer('178000000 years'::interval, false);
