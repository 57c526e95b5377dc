#!/usr/bin/env bash
# Starts the clinic demo: Keycloak 26.7.3 with the Patient Access providers and themes, the
# "clinic" realm, sample patient records and a mail catcher. Ctrl-C stops everything it started.
# The demo database (H2, in .demo/) survives restarts, and the sample data is loaded only on the
# first run, so a restart keeps what the user did; delete .demo/ to start afresh.
set -euo pipefail
cd "$(dirname "$0")"

KEYCLOAK_VERSION=26.7.3
DEMO_DIR=.demo
KC_HOME="$DEMO_DIR/keycloak-$KEYCLOAK_VERSION"
KC_URL=http://127.0.0.1:8080
MAIL_URL=http://127.0.0.1:8025
# Written once the sample data is loaded: a restart must not load it again over what the user changed.
SEEDED="$DEMO_DIR/seeded"

mkdir -p "$DEMO_DIR"
first_run=false
if [ ! -d "$KC_HOME" ]; then
  first_run=true
  cat <<MSG
First run: 5 to 10 minutes. It downloads Maven, the consoles' npm packages and Keycloak $KEYCLOAK_VERSION
(about 200 MB), builds the staff and account consoles, unpacks Keycloak into $DEMO_DIR/, then starts it
and loads the sample data. Later starts take 2 to 4 minutes and keep the data.
MSG
fi

# Maven's own output is long: show one line per step, keep the whole of it in the build log. A
# console step is shown once it does something: its script says "skipped" while nothing changed.
build_steps() {
  local line pending=""
  while IFS= read -r line; do
    if [ -n "$pending" ]; then
      case "$line" in *skipped*) ;; *) echo "$pending" ;; esac
      pending=""
    fi
    # "[INFO] Building Keycloak Patient Access: themes 0.1.0-SNAPSHOT   [3/4]" (the parent has no name).
    if [[ $line =~ Building\ Keycloak\ Patient\ Access:\ (.+)\ [^\ ]+\ +(\[[0-9]+/[0-9]+\])$ ]]; then
      echo "  ${BASH_REMATCH[2]} ${BASH_REMATCH[1]}"
    fi
    case "$line" in
      *"(install-admin-console-packages)"*) pending="    installing the staff console's npm packages" ;;
      *"(build-admin-console)"*) pending="    building the staff console" ;;
      *"(install-account-console-packages)"*) pending="    installing the account console's npm packages" ;;
      *"(build-account-console)"*) pending="    building the account console" ;;
      *"(install-booking-app-packages)"*) pending="    installing the booking app's npm packages (fhirclient)" ;;
      *"Downloading from"*"keycloak-quarkus-dist"*".zip") echo "    downloading Keycloak $KEYCLOAK_VERSION" ;;
      *"(unpack-keycloak)"*) if $first_run; then echo "    unpacking Keycloak into $DEMO_DIR/"; fi ;;
    esac
  done
}
echo "Building the providers, themes, mail catcher and booking app (log in $DEMO_DIR/build.log)..."
if ! ./mvnw -B -Pdemo -DskipTests -pl providers,themes,demo -am package 2>&1 | tee "$DEMO_DIR/build.log" | build_steps; then
  echo "The build failed; the end of its log:" >&2
  tail -n 40 "$DEMO_DIR/build.log" >&2
  exit 1
fi

cp providers/target/patient-access-providers-*.jar "$KC_HOME/providers/patient-access-providers.jar"
cp themes/target/patient-access-themes-*.jar "$KC_HOME/providers/patient-access-themes.jar"
mkdir -p "$KC_HOME/data/import"
cp realm-config/clinic-realm.json "$KC_HOME/data/import/"

pgroups=()
stop_all() {
  trap - EXIT INT TERM
  echo
  echo "Stopping the demo..."
  for pgid in "${pgroups[@]}"; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

# Each service runs in its own process group, so that stopping it also stops the JVM kc.sh starts.
setsid java -jar demo/target/mail-catcher.jar --smtp-port 3025 --http-port 8025 > "$DEMO_DIR/mail-catcher.log" 2>&1 &
pgroups+=($!)
setsid java -cp demo/target/mail-catcher.jar org.patientaccess.demo.SampleBookingApp --port 3000 > "$DEMO_DIR/booking-app.log" 2>&1 &
pgroups+=($!)
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  setsid "$KC_HOME/bin/kc.sh" start-dev --db=dev-file --http-host=127.0.0.1 --http-port=8080 \
  --health-enabled=true --import-realm > "$DEMO_DIR/keycloak.log" 2>&1 &
kc_pid=$!
pgroups+=($kc_pid)

echo "Starting Keycloak (a minute or two; log in $DEMO_DIR/keycloak.log)..."
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null http://127.0.0.1:9000/health/ready; then break; fi
  if ! kill -0 "$kc_pid" 2>/dev/null; then
    echo "Keycloak stopped while starting; the end of its log:" >&2
    tail -n 40 "$DEMO_DIR/keycloak.log" >&2
    exit 1
  fi
  sleep 1
done
curl -fs -o /dev/null http://127.0.0.1:9000/health/ready || { echo "Keycloak did not become ready" >&2; exit 1; }

token=$(curl -fs "$KC_URL/realms/clinic/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=admin-cli \
  -d username=staff@riverside-physio.example -d password=staff | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
patient_id() { # externalId
  curl -fs "$KC_URL/admin/realms/clinic/patient-access/patients?externalId=$1" -H "Authorization: Bearer $token" \
    | sed -E 's/^\[\{"id":"([^"]+)".*/\1/'
}
grant() { # externalId relationship permissions [legalBasis [email]] (a grant that exists, from an interrupted first run, is a 409: fine)
  curl -s -o /dev/null -X POST "$KC_URL/admin/realms/clinic/patient-access/patients/$(patient_id "$1")/accounts" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"${5:-maria.garcia@example.com}\",\"relationship\":\"$2\",\"permissions\":$3${4:+,\"legalBasis\":\"$4\"}}"
}
admin_token() { # the server admin's: the realm's settings and the coming-of-age run are an operator's actions
  curl -fs "$KC_URL/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The sample data, loaded once: afterwards it is the user's, and a restart changes none of it.
seed() {
  # The sample patients, through the staff API, as a clinic would.
  report=$(curl -fs -X POST "$KC_URL/admin/realms/clinic/patient-access/patients/import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @realm-config/sample-patients.csv)

  # Her eldest, Lucas, turns 18 three weeks after the first run, so that "Coming of age" has someone
  # to show: the notice to Maria is due, and on the day her PARENT access to him ends.
  lucas_birth_date=$(date -u -d "+20 days -18 years" +%F)
  curl -fs -o /dev/null -X POST "$KC_URL/admin/realms/clinic/patient-access/patients/import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "[{\"externalId\":\"RP-1011\",\"firstName\":\"Lucas\",\"lastName\":\"Garcia\",\"birthDate\":\"$lucas_birth_date\",\"email\":\"lucas.garcia@example.com\"}]"

  # The clinic keeps adolescents' records confidential: from 12, parents and guardians keep only
  # booking (the adolescent-confidentiality age bands), and a young person may have their own account
  # from 12. Keycloak's realm update replaces the attributes, so all of them go back with ours added.
  admin=$(admin_token)
  curl -fs "$KC_URL/admin/realms/clinic" -H "Authorization: Bearer $admin" \
    | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
        const attributes = { ...JSON.parse(s).attributes, "patientAccess.ageBands": "adolescent-confidentiality", "patientAccess.ownAccountAge": "12" };
        process.stdout.write(JSON.stringify({ attributes }));
      })' \
    | curl -fs -o /dev/null -X PUT "$KC_URL/admin/realms/clinic" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' --data-binary @-

  # Inès, Maria's niece, whose guardian Maria is by a court order, turned 12 three days before the
  # first run: today's coming-of-age run (below) narrows Maria's access to her record to booking, and
  # Inès, who has her own account, finds in it who acts for her and may give her aunt more back.
  ines_birth_date=$(date -u -d "-12 years -3 days" +%F)
  curl -fs -o /dev/null -X POST "$KC_URL/admin/realms/clinic/patient-access/patients/import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "[{\"externalId\":\"RP-1012\",\"firstName\":\"Inès\",\"lastName\":\"Morales\",\"birthDate\":\"$ines_birth_date\",\"email\":\"ines.morales@example.com\"}]"
  curl -s -o /dev/null -X POST "$KC_URL/admin/realms/clinic/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"username\":\"ines.morales@example.com\",\"email\":\"ines.morales@example.com\",\"emailVerified\":true,\"enabled\":true,
         \"firstName\":\"Inès\",\"lastName\":\"Morales\",\"attributes\":{\"birthDate\":[\"$ines_birth_date\"]},
         \"credentials\":[{\"type\":\"password\",\"value\":\"patient\",\"temporary\":false}]}"
  grant RP-1012 GUARDIAN '["BOOK","VIEW","MANAGE_PROFILE"]' COURT_ORDER
  grant RP-1012 SELF '["BOOK","VIEW","MANAGE_PROFILE"]' '' ines.morales@example.com

  # Maria's account acts for her own record and her three children's (whose contact details she may
  # correct, except Lucas's; the clinic recorded her parental responsibility), so that the booking app
  # and her Family & access page have something to show.
  grant RP-1001 SELF '["BOOK","VIEW","MANAGE_PROFILE"]'
  grant RP-1003 PARENT '["BOOK","VIEW","MANAGE_PROFILE"]' PARENTAL_RESPONSIBILITY
  grant RP-1004 PARENT '["BOOK","VIEW","MANAGE_PROFILE"]' PARENTAL_RESPONSIBILITY
  grant RP-1011 PARENT '["BOOK","VIEW"]' PARENTAL_RESPONSIBILITY
  # And an invitation waits for her: to book for Rosa Hernández as her caregiver (see the mail page).
  curl -s -o /dev/null -X POST "$KC_URL/admin/realms/clinic/patient-access/patients/$(patient_id RP-1005)/invitations" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"email":"maria.garcia@example.com","relationship":"CAREGIVER","legalBasis":"PATIENT_CONSENT"}'
  family_corrects_contact_details || echo "  Maria's own corrections could not be made: her Activity shows the clinic's entries only."
  date -u '+%F %H:%M UTC' > "$SEEDED"
}

# What a family does through the person's API, so that Maria's Activity page shows her own changes
# beside the clinic's: she corrects her phone number on her own record and on Sofia's. Her token for
# the API comes from the realm's admin-cli, which the server admin lets ask for it for this moment
# only (as the tests do); the account console and the booking app get theirs by signing in.
family_corrects_contact_details() {
  local admin scope_id cli_id maria_token mine
  admin=$(admin_token)
  scope_id=$(curl -fs "$KC_URL/admin/realms/clinic/client-scopes" -H "Authorization: Bearer $admin" \
    | tr '{' '\n' | grep -m1 '^"id":"[^"]*","name":"patient-access"' | sed -E 's/^"id":"([^"]+)".*/\1/')
  cli_id=$(curl -fs "$KC_URL/admin/realms/clinic/clients?clientId=admin-cli" -H "Authorization: Bearer $admin" \
    | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
  curl -fs -o /dev/null -X PUT "$KC_URL/admin/realms/clinic/clients/$cli_id/optional-client-scopes/$scope_id" \
    -H "Authorization: Bearer $admin"
  maria_token=$(curl -fs "$KC_URL/realms/clinic/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    -d scope=patient-access -d username=maria.garcia@example.com -d password=patient | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -fs -o /dev/null -X DELETE "$KC_URL/admin/realms/clinic/clients/$cli_id/optional-client-scopes/$scope_id" \
    -H "Authorization: Bearer $admin"
  mine=$(curl -fs "$KC_URL/realms/clinic/patient-access/me/patients" -H "Authorization: Bearer $maria_token")
  for external_id in RP-1001 RP-1003; do
    curl -fs -o /dev/null -X PUT "$KC_URL/realms/clinic/patient-access/me/patients/$(grant_of "$mine" "$external_id")/contact" \
      -H "Authorization: Bearer $maria_token" -H 'Content-Type: application/json' \
      -d '{"email":"maria.garcia@example.com","phone":"(416) 555-0199"}'
  done
}
grant_of() { # myPatientsJson externalId: the grant of mine on that record
  echo "$1" | tr '{' '\n' | grep "\"patientId\":\"$(patient_id "$2")\"" | sed -E 's/.*"grantId":"([^"]+)".*/\1/'
}

if [ -f "$SEEDED" ]; then
  report="kept from the first run ($(cat "$SEEDED")), with what was done since; delete $DEMO_DIR/ to start afresh"
else
  echo "Loading the sample data (first run only)..."
  seed
fi

# The coming-of-age task runs hourly; run today's work now, so that Maria's notice that her access
# to Lucas ends is in the mail page at once, and Inès's age band has narrowed Maria's access to her.
curl -fs -o /dev/null -X POST "$KC_URL/admin/realms/clinic/patient-access/coming-of-age/run" -H "Authorization: Bearer $(admin_token)"

cat <<MSG

The clinic demo is running.
  Patient account console (Family & access, Activity): $KC_URL/realms/clinic/account
      patient  maria.garcia@example.com / patient
      teen     ines.morales@example.com / patient   (12: Maria, her guardian, keeps only booking; Inès decides)
  Staff console (Clinic: Patients, Online registrations, Possible duplicates, Recent merges, Coming of age, Reviews): $KC_URL/admin/clinic/console/
      staff    staff@riverside-physio.example / staff
      view only  records@riverside-physio.example / records
  Admin console (server admin): $KC_URL/admin/   admin / admin
  Sample booking app:           http://localhost:3000/   (a SMART app: sign in as maria and choose whom she books for)
  Staff API:                    $KC_URL/admin/realms/clinic/patient-access/patients
  Mail sent by Keycloak:        $MAIL_URL/   (newest first)
  Sample data:                  $report

Press Ctrl-C to stop.
MSG
wait "$kc_pid"
