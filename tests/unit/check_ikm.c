/* check_ikm.c: unit tests of the satisfaction index (ikm.c): a worked example checked by hand, the grade boundaries, no responses. */
#include "sibina.h"

#include <check.h>
#include <string.h>

#include "unit.h"

/*
 * The worked example: ten responses, the nine elements u1..u9 each.
 *
 *        u1 u2 u3 u4 u5 u6 u7 u8 u9   row sum
 *   R1    4  4  4  4  4  4  4  4  4   36
 *   R2    3  3  3  4  3  3  3  3  3   28
 *   R3    3  3  3  4  3  3  4  3  3   29
 *   R4    4  3  3  4  3  4  4  2  3   30
 *   R5    3  2  3  4  3  3  3  3  3   27
 *   R6    3  3  2  4  3  3  4  3  2   27
 *   R7    4  3  3  4  4  3  4  3  3   31
 *   R8    3  3  3  4  3  3  3  2  3   27
 *   R9    2  3  3  4  3  3  3  3  3   27
 *   R10   3  3  4  4  3  4  4  3  3   31
 *   sum  32 30 31 40 32 33 36 29 30   293 (= the row sums' total)
 *
 * NRR (sum / 10):   3,20 3,00 3,10 4,00 3,20 3,30 3,60 2,90 3,00
 * NRR x 1/9:        0,356 0,333 0,344 0,444 0,356 0,367 0,400 0,322 0,333
 *   (3,2/9 = 0,3556; 3/9 = 0,3333; 3,1/9 = 0,3444; 4/9 = 0,4444;
 *    3,3/9 = 0,3667; 3,6/9 = 0,4; 2,9/9 = 0,3222)
 * Sum of NRR = 29,3; its ninth (the sum of the weighted NRR) = 3,2556
 *   (shown 3,256; adding the rounded ones would give 3,255: each figure
 *   is rounded from the exact sums, not from other rounded figures).
 * IKM = 3,25556 x 25 = 81,3889 -> 81,4 shown; 81,39 for the grade:
 *   76,61 <= 81,39 <= 88,30, so B, "Baik".
 * (With the regulation's rounded weight 0,111 it would be
 *  29,3 x 0,111 x 25 = 81,31: still B; the weight here is exactly 1/9.)
 */
static const int example[10][IKM_ELEMENTS] = {
	{ 4, 4, 4, 4, 4, 4, 4, 4, 4 },
	{ 3, 3, 3, 4, 3, 3, 3, 3, 3 },
	{ 3, 3, 3, 4, 3, 3, 4, 3, 3 },
	{ 4, 3, 3, 4, 3, 4, 4, 2, 3 },
	{ 3, 2, 3, 4, 3, 3, 3, 3, 3 },
	{ 3, 3, 2, 4, 3, 3, 4, 3, 2 },
	{ 4, 3, 3, 4, 4, 3, 4, 3, 3 },
	{ 3, 3, 3, 4, 3, 3, 3, 2, 3 },
	{ 2, 3, 3, 4, 3, 3, 3, 3, 3 },
	{ 3, 3, 4, 4, 3, 4, 4, 3, 3 },
};

START_TEST(worked_example_gives_the_hand_computed_index)
{
	static const long sums[IKM_ELEMENTS] = { 32, 30, 31, 40, 32, 33, 36,
	    29, 30 };
	static const long nrr[IKM_ELEMENTS] = { 320, 300, 310, 400, 320, 330,
	    360, 290, 300 };
	static const long weighted[IKM_ELEMENTS] = { 356, 333, 344, 444, 356,
	    367, 400, 322, 333 };
	struct ikm_sums s;
	struct ikm_result r;
	char text[32];
	size_t i;

	memset(&s, 0, sizeof(s));
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(ikm_add(&s, example[i]), 0);
	ck_assert_int_eq(s.n, 10);
	for (i = 0; i < IKM_ELEMENTS; i++)
		ck_assert_int_eq(s.sum[i], sums[i]);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	for (i = 0; i < IKM_ELEMENTS; i++) {
		ck_assert_int_eq(r.nrr100[i], nrr[i]);
		ck_assert_int_eq(r.weighted1000[i], weighted[i]);
	}
	ck_assert_int_eq(r.weighted_sum1000, 3256);
	ck_assert_int_eq(r.score100, 8139);
	ck_assert_int_eq(r.score10, 814);
	ck_assert_int_eq(r.grade, 'B');
	ck_assert_str_eq(r.grade_label, "Baik");
	ikm_decimal(r.score10, 1, text, sizeof(text));
	ck_assert_str_eq(text, "81,4");
	ikm_decimal(r.nrr100[7], 2, text, sizeof(text));
	ck_assert_str_eq(text, "2,90");
	ikm_decimal(r.weighted_sum1000, 3, text, sizeof(text));
	ck_assert_str_eq(text, "3,256");
}
END_TEST

START_TEST(grade_boundaries_follow_the_regulation)
{
	const char *label;

	ck_assert_int_eq(ikm_grade(10000, &label), 'A');
	ck_assert_str_eq(label, "Sangat Baik");
	ck_assert_int_eq(ikm_grade(8831, &label), 'A');
	ck_assert_int_eq(ikm_grade(8830, &label), 'B');
	ck_assert_str_eq(label, "Baik");
	ck_assert_int_eq(ikm_grade(7661, &label), 'B');
	ck_assert_int_eq(ikm_grade(7660, &label), 'C');
	ck_assert_str_eq(label, "Kurang Baik");
	ck_assert_int_eq(ikm_grade(6500, &label), 'C');
	ck_assert_int_eq(ikm_grade(6499, &label), 'D');
	ck_assert_str_eq(label, "Tidak Baik");
	ck_assert_int_eq(ikm_grade(2500, &label), 'D');
	ck_assert_int_eq(ikm_grade(2500, NULL), 'D');
}
END_TEST

/* Sums of n responses: eight elements with sum `each`, the ninth `last`. */
static void
sums_of(struct ikm_sums *s, long long n, long long each, long long last)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	s->n = n;
	for (i = 0; i + 1 < IKM_ELEMENTS; i++)
		s->sum[i] = each;
	s->sum[IKM_ELEMENTS - 1] = last;
}

/*
 * All 4 is 100 (A), all 1 is 25 (D). A set whose exact IKM lies between
 * two boundaries takes the grade of its score rounded to two decimals
 * (IKM = 2500 x total / (9 x n) hundredths):
 *   n 43, total 8 x 152 + 151 = 1367: 3417500 / 387 = 8830,749 -> 88,31 A
 *     (shown 88,3);
 *   n 19, total 8 x 67 + 68 = 604: 1510000 / 171 = 8830,409 -> 88,30 B;
 *   n 19, total 8 x 58 + 60 = 524: 1310000 / 171 = 7660,819 -> 76,61 B;
 *   n 26, total 8 x 80 + 77 = 717: 1792500 / 234 = 7660,256 -> 76,60 C.
 */
START_TEST(extremes_and_scores_between_boundaries)
{
	static const int best[IKM_ELEMENTS] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	static const int worst[IKM_ELEMENTS] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	struct ikm_sums s;
	struct ikm_result r;

	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(ikm_add(&s, best), 0);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 10000);
	ck_assert_int_eq(r.score10, 1000);
	ck_assert_int_eq(r.grade, 'A');
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(ikm_add(&s, worst), 0);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 2500);
	ck_assert_int_eq(r.grade, 'D');
	sums_of(&s, 43, 152, 151);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 8831);
	ck_assert_int_eq(r.score10, 883);
	ck_assert_int_eq(r.grade, 'A');
	sums_of(&s, 19, 67, 68);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 8830);
	ck_assert_int_eq(r.grade, 'B');
	sums_of(&s, 19, 58, 60);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 7661);
	ck_assert_int_eq(r.grade, 'B');
	sums_of(&s, 26, 80, 77);
	ck_assert_int_eq(ikm_compute(&s, &r), 0);
	ck_assert_int_eq(r.score100, 7660);
	ck_assert_int_eq(r.grade, 'C');
}
END_TEST

START_TEST(no_responses_give_no_index)
{
	struct ikm_sums s;
	struct ikm_result r;

	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(ikm_compute(&s, &r), -1);
}
END_TEST

START_TEST(answers_outside_the_scale_are_refused)
{
	static const int five[IKM_ELEMENTS] = { 4, 4, 4, 4, 5, 4, 4, 4, 4 };
	static const int zero[IKM_ELEMENTS] = { 0, 4, 4, 4, 4, 4, 4, 4, 4 };
	struct ikm_sums s;
	struct ikm_result r;

	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(ikm_add(&s, five), -1);
	ck_assert_int_eq(ikm_add(&s, zero), -1);
	ck_assert_int_eq(s.n, 0);
	ck_assert_int_eq(s.sum[0], 0);
	/* Sums that no set of answers 1..4 can give. */
	s.n = 2;
	s.sum[0] = 9;
	ck_assert_int_eq(ikm_compute(&s, &r), -1);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("ikm");
	TCase *tc = tcase_create("ikm");

	if (errors_init() != STATUS_OK)
		return 1;
	tcase_add_test(tc, worked_example_gives_the_hand_computed_index);
	tcase_add_test(tc, grade_boundaries_follow_the_regulation);
	tcase_add_test(tc, extremes_and_scores_between_boundaries);
	tcase_add_test(tc, no_responses_give_no_index);
	tcase_add_test(tc, answers_outside_the_scale_are_refused);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
