package org.waymark.bench;

import java.util.Arrays;

/** Medians of repeated timings, printed with a same-run baseline so noisy machines still give fair ratios. */
final class Stats {
    private Stats() {}

    interface Timed { void run() throws Exception; }

    static double medianMillis(int warmups, int runs, Timed body) throws Exception {
        for (int i = 0; i < warmups; i++) body.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }

    static void print(String what, double median, String baselineName, double baseline, String goal) {
        System.out.printf("%-48s median %9.3f ms | %-28s %9.3f ms | ratio %6.2f× | goal %s%n",
                what, median, baselineName, baseline, baseline > 0 ? median / baseline : Double.NaN, goal);
    }
}
