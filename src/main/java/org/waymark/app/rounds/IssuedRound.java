package org.waymark.app.rounds;

import org.waymark.domain.UpdateRound;

import java.util.List;

/** A round just started or chased, with the forms to write and send. */
public record IssuedRound(UpdateRound round, List<OwnerForm> forms) {
}
