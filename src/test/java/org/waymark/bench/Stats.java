package org.waymark.bench;

import java.util.Arrays;

/** Medians of repeated timings, printed with a same-run baseline so noisy machines still give fair ratios. */
final class Stats {
    private Stats() {}

    interface Timed { void run() throws Exception; }

    static double medianMillis(int warmups, int runs, Timed body) throws Exception {
        return alternatingMedians(warmups, runs, body)[0];
    }

    /**
     * Medians of several bodies timed in turn, one run of each per round, so that a machine whose speed drifts (load
     * from elsewhere, a server's caches) drifts for all of them alike.
     */
    static double[] alternatingMedians(int warmups, int runs, Timed... bodies) throws Exception {
        for (int i = 0; i < warmups; i++) for (Timed b : bodies) b.run();
        double[][] ms = new double[bodies.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < bodies.length; k++) {
                long t = System.nanoTime();
                bodies[k].run();
                ms[k][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] medians = new double[bodies.length];
        for (int k = 0; k < bodies.length; k++) {
            Arrays.sort(ms[k]);
            medians[k] = runs % 2 == 1 ? ms[k][runs / 2] : (ms[k][runs / 2 - 1] + ms[k][runs / 2]) / 2;
        }
        return medians;
    }

    static void print(String what, double median, String baselineName, double baseline, String goal) {
        System.out.printf("%-48s median %9.3f ms | %-28s %9.3f ms | ratio %6.2f× | goal %s%n",
                what, median, baselineName, baseline, baseline > 0 ? median / baseline : Double.NaN, goal);
    }
}
