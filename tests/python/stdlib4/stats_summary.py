"""A summary of exam scores and measurements with the statistics module."""
import statistics as st
from fractions import Fraction

scores = {
    "math": [88, 92, 79, 65, 95, 71, 84, 90, 77, 82, 68, 93],
    "physics": [72, 85, 91, 60, 78, 88, 69, 94, 81, 75, 70, 86],
    "history": [90, 85, 85, 70, 95, 80, 85, 75, 60, 85, 90, 80],
}
print(f"{'subject':<9}{'mean':>8}{'median':>8}{'stdev':>10}{'pvar':>10}{'mode':>6}  quartiles")
for subject, values in scores.items():
    q = st.quantiles(values, n=4)
    print(f"{subject:<9}{st.mean(values):>8.2f}{st.median(values):>8}{st.stdev(values):>10.4f}"
          f"{st.pvariance(values):>10.3f}{st.mode(values):>6}  {q}")
all_scores = [s for values in scores.values() for s in values]
print("overall:", st.mean(all_scores), st.fmean(all_scores), st.median_low(all_scores), st.median_high(all_scores))
print("deciles:", st.quantiles(all_scores, n=10, method="inclusive"))
print("correlation math/physics:", st.correlation(scores["math"], scores["physics"]))
print("covariance:", st.covariance(scores["math"], scores["physics"]))
slope, intercept = st.linear_regression(scores["math"], scores["physics"])
print(f"physics ~ {slope:.4f} * math + {intercept:.4f}")
print("multimode:", st.multimode(scores["history"]), st.multimode("mississippi"))

temperatures = [21.4, 22.1, 19.8, 23.5, 24.0, 22.7, 20.9, 21.4, 25.3, 18.6]
print("temps:", st.mean(temperatures), st.stdev(temperatures), st.variance(temperatures), st.pstdev(temperatures))
print("grouped median:", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], 2))
print("geometric:", st.geometric_mean([1.08, 1.05, 0.97, 1.12]), "harmonic:", st.harmonic_mean([60, 40, 80]))
rates = [Fraction(1, 3), Fraction(1, 4), Fraction(1, 6)]
print("fractions:", st.mean(rates), st.variance(rates), st.median(rates), repr(st.pvariance(rates)))
print("ints:", st.mean([1, 2, 3, 4]), st.mean([2, 4, 6]), st.variance([2, 4, 6]), st.pvariance([1, 2, 3, 4]))

iq = st.NormalDist(100, 15)
print(iq, f"P(IQ<130)={iq.cdf(130):.6f}", f"top 2% above {iq.inv_cdf(0.98):.2f}", iq.quantiles(5))
sample = st.NormalDist.from_samples(temperatures)
print(sample.mean, sample.stdev, f"{sample.overlap(st.NormalDist(22, 2)):.6f}", sample.zscore(25.3))
print(iq + st.NormalDist(5, 20), iq * 2, iq - 10, iq.pdf(100))
for bad in ([], [1]):
    for fn in (st.mean, st.stdev, st.median, st.quantiles):
        try:
            fn(bad)
        except st.StatisticsError as e:
            print(f"{fn.__name__}({bad}): {e}")
