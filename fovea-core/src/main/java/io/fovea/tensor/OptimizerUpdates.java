package io.fovea.tensor;

/**
 * The bodies of {@link Ops}'s optimiser steps: one pass over a parameter's values {@code w}, its
 * gradient {@code g} and its slots, all of one shape, in float as Keras computes them. Plain loops:
 * they run once per parameter per step, which is small beside the layers' products.
 */
final class OptimizerUpdates {

  private OptimizerUpdates() {}

  /** Checks that {@code g} and every non-null slot have {@code w}'s shape. */
  static void check(String op, Tensor w, Tensor g, Tensor... slots) {
    OpsChecks.present(op, "weights", w);
    OpsChecks.shape(op, "gradient", w.shape(), g);
    for (Tensor s : slots) {
      if (s != null) {
        OpsChecks.shape(op, "slot", w.shape(), s);
      }
    }
  }

  static void sgd(Tensor wt, Tensor gt, float lr) {
    check("sgdUpdate", wt, gt);
    float[] w = wt.data();
    float[] g = gt.data();
    int wo = wt.offset();
    int go = gt.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      w[wo + i] -= lr * g[go + i];
    }
  }

  static void momentum(Tensor wt, Tensor gt, Tensor vt, float lr, float mu, boolean nesterov) {
    check("momentumUpdate", wt, gt, vt);
    float[] w = wt.data();
    float[] g = gt.data();
    float[] v = vt.data();
    int wo = wt.offset();
    int go = gt.offset();
    int vo = vt.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      float gi = g[go + i];
      float vi = mu * v[vo + i] - lr * gi;
      v[vo + i] = vi;
      w[wo + i] += nesterov ? mu * vi - lr * gi : vi;
    }
  }

  static void adam(
      Tensor wt,
      Tensor gt,
      Tensor mt,
      Tensor vt,
      Tensor vHatT,
      float alpha,
      float c1,
      float c2,
      float eps) {
    check("adamUpdate", wt, gt, mt, vt, vHatT);
    float[] w = wt.data();
    float[] g = gt.data();
    float[] m = mt.data();
    float[] v = vt.data();
    float[] vHat = vHatT == null ? null : vHatT.data();
    int wo = wt.offset();
    int go = gt.offset();
    int mo = mt.offset();
    int vo = vt.offset();
    int ho = vHatT == null ? vo : vHatT.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      float gi = g[go + i];
      m[mo + i] += (gi - m[mo + i]) * c1;
      v[vo + i] += (gi * gi - v[vo + i]) * c2;
      float second = v[vo + i];
      if (vHat != null) {
        vHat[ho + i] = Math.max(vHat[ho + i], v[vo + i]);
        second = vHat[ho + i];
      }
      w[wo + i] -= m[mo + i] * alpha / ((float) Math.sqrt(second) + eps);
    }
  }

  static void rmsprop(
      Tensor wt,
      Tensor gt,
      Tensor vt,
      Tensor st,
      Tensor at,
      float lr,
      float rho,
      float c,
      float mu,
      float eps) {
    check("rmspropUpdate", wt, gt, vt, st, at);
    float[] w = wt.data();
    float[] g = gt.data();
    float[] v = vt.data();
    float[] s = st == null ? null : st.data();
    float[] a = at == null ? null : at.data();
    int wo = wt.offset();
    int go = gt.offset();
    int vo = vt.offset();
    int so = st == null ? 0 : st.offset();
    int ao = at == null ? 0 : at.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      float gi = g[go + i];
      v[vo + i] = rho * v[vo + i] + c * gi * gi;
      float denominator = v[vo + i] + eps;
      if (a != null) {
        a[ao + i] = rho * a[ao + i] + c * gi;
        denominator -= a[ao + i] * a[ao + i];
      }
      float increment = lr * gi / (float) Math.sqrt(denominator);
      if (s != null) {
        s[so + i] = mu * s[so + i] + increment;
        increment = s[so + i];
      }
      w[wo + i] -= increment;
    }
  }

  static void adagrad(Tensor wt, Tensor gt, Tensor acct, float lr, float eps) {
    check("adagradUpdate", wt, gt, acct);
    float[] w = wt.data();
    float[] g = gt.data();
    float[] acc = acct.data();
    int wo = wt.offset();
    int go = gt.offset();
    int ao = acct.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      float gi = g[go + i];
      acc[ao + i] += gi * gi;
      w[wo + i] -= lr * gi / (float) Math.sqrt(acc[ao + i] + eps);
    }
  }

  static void adadelta(
      Tensor wt, Tensor gt, Tensor egt, Tensor edt, float lr, float rho, float c, float eps) {
    check("adadeltaUpdate", wt, gt, egt, edt);
    float[] w = wt.data();
    float[] g = gt.data();
    float[] eg = egt.data();
    float[] ed = edt.data();
    int wo = wt.offset();
    int go = gt.offset();
    int eo = egt.offset();
    int fo = edt.offset();
    for (int i = 0, n = wt.size(); i < n; i++) {
      float gi = g[go + i];
      eg[eo + i] = rho * eg[eo + i] + c * gi * gi;
      float d = -(float) Math.sqrt(ed[fo + i] + eps) / (float) Math.sqrt(eg[eo + i] + eps) * gi;
      ed[fo + i] = rho * ed[fo + i] + c * d * d;
      w[wo + i] += lr * d;
    }
  }
}
