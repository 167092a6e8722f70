// Run by the one-shot `mongo-init` service on every `docker compose up` (safe to repeat): initiates the replica set
// rs0 once, then creates the application's user, or updates its password and roles (how a password is rotated).
// Least privilege: readWrite on the service's own database, nothing on any other.
const fs = require('fs');
const secret = (name) => fs.readFileSync('/run/secrets/' + name, 'utf8').trim();
const APP_USER = 'oversight';
const APP_DATABASE = 'oversight';

const admin = db.getSiblingDB('admin');
admin.auth('root', secret('mongo_root_password'));

try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (notInitiated) {
  rs.initiate({ _id: 'rs0', members: [
    { _id: 0, host: 'mongo1:27017', priority: 2 },
    { _id: 1, host: 'mongo2:27017' },
    { _id: 2, host: 'mongo3:27017' } ] });
  print('replica set rs0 initiated');
}
while (!db.hello().isWritablePrimary) { sleep(1000); }

const roles = [{ role: 'readWrite', db: APP_DATABASE }];
if (admin.getUser(APP_USER) === null) {
  admin.createUser({ user: APP_USER, pwd: secret('mongo_app_password'), roles: roles });
  print('created the application user ' + APP_USER);
} else {
  admin.updateUser(APP_USER, { pwd: secret('mongo_app_password'), roles: roles });
  print('updated the application user ' + APP_USER + ' (password from the secret, roles)');
}
