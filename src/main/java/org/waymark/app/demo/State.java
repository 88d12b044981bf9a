package org.waymark.app.demo;

/** How the demo story leaves an action; see {@link DemoContent#ACTIONS}. */
enum State { BLUE, DONE, ON, RISK, LATE, SLIP, DRIFT, PENDING, HOLD, NEW }
